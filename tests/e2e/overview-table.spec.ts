import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../lib/overview/csv';
import { PERSONA_CPR, sliceExport } from '../../lib/overview/test-population';
import { expect, test } from './fixtures';
import { auditLog, contribute, latestDay, openFlagCounts, openFlags, openFlagsWhere, openOverview, openSubjects, population, subjectCprs, writeExport } from './overview-fixtures';

const RULES = ['duplicate-request', 'information-on-file', 'parallel-efforts', 'meeting-cluster', 'multiple-plans', 'deadline-passed'] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('team overview', () => {
  const file = population();
  const path = writeExport(file);

  test('shows the personas and the generated population with the right counts', async ({ context, extensionId, sw }) => {
    const page = await openOverview(context, extensionId);
    await expect(page.getByTestId('no-rows')).toBeVisible();
    await contribute(page, path);
    await expect(page.getByTestId('chart-trend')).toBeVisible({ timeout: 30_000 });

    // The same open flags as the file's own detection found, rule by rule (the import detects again over the union).
    const expected = openFlagCounts(file);
    for (const rule of RULES) await expect(page.getByTestId(`summary-${rule}`)).toHaveText(String(expected[rule] ?? 0));
    // One row per citizen or household with an open flag.
    await expect(page.getByTestId('summary-rows')).toHaveText(String(openSubjects(file)));

    // Trine's household is one row with each of its problems counted once.
    const trine = page.locator('tr', { has: page.getByRole('link', { name: /Trine Hansen/ }) });
    await expect(trine.locator('[data-col="duplicate-request"]')).toHaveText('1');
    await expect(trine.locator('[data-col="parallel-efforts"]')).toHaveText('1');
    await expect(trine.locator('[data-col="meeting-cluster"]')).toHaveText('1');
    await expect(trine.locator('[data-col="multiple-plans"]')).toHaveText('1');
    await expect(trine.locator('[data-col="flags"]')).toHaveText('5');

    // Opening the overview is itself logged.
    expect((await auditLog(sw)).some((e) => e.action === 'view' && e.detail.startsWith('team overview opened'))).toBe(true);
    await page.screenshot({ path: 'docs/screenshots/overview.png' });
    await page.getByTestId('chart-dup-month').scrollIntoViewIfNeeded();
    await page.locator('.charts').screenshot({ path: 'docs/screenshots/overview-charts.png' });
  });

  test('filters by flag type, unit and period, and logs a search with its criteria', async ({ context, extensionId, sw }) => {
    const page = await openOverview(context, extensionId);
    await contribute(page, path);
    await expect(page.getByTestId('chart-trend')).toBeVisible({ timeout: 30_000 });

    await page.getByTestId('filter-rule').selectOption('multiple-plans');
    const withPlans = new Set(file.flags.filter((f) => f.status === 'open' && f.rule === 'multiple-plans').map((f) => f.citizens[0]));
    // Each multiple-plans flag is one person's; households can hold more than one such person.
    const rows = await page.locator('.citizen-table table').getAttribute('aria-rowcount');
    expect(Number(rows) - 1).toBeLessThanOrEqual(withPlans.size);
    await expect(page.getByTestId('summary-multiple-plans')).toHaveText(String(withPlans.size));
    await expect(page.getByTestId('summary-duplicate-request')).toHaveText('0');

    await page.getByTestId('filter-rule').selectOption('');
    await page.getByTestId('filter-unit').selectOption({ label: 'Voksenafdelingen, Misbrug' });
    await expect(page.getByRole('link', { name: 'Pernille Holm Østergaard' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jakob Kjær' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Nulstil afgrænsning' }).click();
    // A sector counts the flags that rest on at least one of its records.
    await page.getByTestId('filter-sector').selectOption('health');
    await expect(page.getByTestId('summary-flags')).toHaveText(String(openFlagsWhere(file, (f) => f.records.some((r) => r.record.sector === 'health'))));
    await page.getByRole('button', { name: 'Nulstil afgrænsning' }).click();
    // A period counts a flag in the month of its latest record; the busiest month, so the count is not a trivial 0.
    const perMonth = new Map<string, number>();
    for (const f of openFlags(file)) perMonth.set(latestDay(f).slice(0, 7), (perMonth.get(latestDay(f).slice(0, 7)) ?? 0) + 1);
    const [month, inMonth] = [...perMonth].sort((a, b) => b[1] - a[1])[0]!;
    expect(inMonth).toBeGreaterThan(1);
    await page.getByTestId('filter-from').fill(month);
    await page.getByTestId('filter-to').fill(month);
    await expect(page.getByTestId('summary-flags')).toHaveText(String(inMonth));
    await page.getByRole('button', { name: 'Nulstil afgrænsning' }).click();
    await page.getByTestId('filter-from').fill('2000-01');
    await page.getByTestId('filter-to').fill('2000-02');
    await expect(page.getByTestId('no-rows')).toBeVisible();
    await page.getByRole('button', { name: 'Nulstil afgrænsning' }).click();

    await page.getByRole('searchbox', { name: 'Søg på navn eller CPR' }).fill('Pernille');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByTestId('row-link')).toHaveCount(1);
    await expect(page.getByTestId('notice')).toContainText('1 rækker');
    await expect(page.getByTestId('summary-flags')).toHaveText('1');

    await expect.poll(async () => (await auditLog(sw)).filter((e) => e.action === 'search').map((e) => [e.citizenCpr ?? '', e.detail])).toEqual([
      ['', 'query="Pernille" status=open; 1 rows'],
      [PERSONA_CPR.pernille, 'query="Pernille" status=open; 1 rows'],
    ]);

    const dashed = `${PERSONA_CPR.jakob.slice(0, 6)}-${PERSONA_CPR.jakob.slice(6)}`;
    await page.getByRole('searchbox', { name: 'Søg på navn eller CPR' }).fill(dashed);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('row-link')).toHaveText(['Jakob Kjær']);
  });

  test('exports the rows shown to CSV, logged per citizen', async ({ context, extensionId, sw }) => {
    const page = await openOverview(context, extensionId);
    await contribute(page, path);
    await expect(page.getByTestId('export-csv')).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId('filter-rule').selectOption('parallel-efforts');
    const shown = Number(await page.locator('.citizen-table table').getAttribute('aria-rowcount')) - 1;

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^en-plan-overblik-.*\.csv$/);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]!.slice(0, 4)).toEqual(['Række', 'Borger / familie', 'CPR', 'Fund']);
    expect(csv).toHaveLength(shown + 1);
    const trine = csv.find((r) => r[1]!.startsWith('Trine Hansen'))!;
    expect(trine[0]).toBe('Familie');
    expect(trine[2]).toContain(`${PERSONA_CPR.trine.slice(0, 6)}-${PERSONA_CPR.trine.slice(6)}`);
    const col = (name: string) => csv[0]!.indexOf(name);
    expect(trine[col('Parallelle indsatser')]).toBe('1');
    expect(trine[col('Dobbelt anmodning')]).toBe('0');
    expect(Number(trine[col('Enheder')])).toBeGreaterThan(2);

    const exports = (await auditLog(sw)).filter((e) => e.action === 'export');
    expect(exports.find((e) => !e.citizenCpr)?.detail).toBe(`CSV: ${shown} rows; status=open rule=parallel-efforts`);
    expect(exports.some((e) => e.citizenCpr === PERSONA_CPR.trine)).toBe(true);
  });

  test('prints a report with every row and the figures as tables, and logs it', async ({ context, extensionId, sw }) => {
    const page = await openOverview(context, extensionId);
    await contribute(page, path);
    await expect(page.getByTestId('print')).toBeEnabled({ timeout: 30_000 });
    // What the page holds at the moment it asks the browser to print.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: unknown }).printed = {
          rows: document.querySelectorAll('.citizen-table tbody tr[data-row-index]').length,
          charts: document.querySelectorAll('figure.chart').length,
          openTables: document.querySelectorAll('figure.chart details[open] table').length,
        };
      };
    });
    const total = openSubjects(file);
    await expect(page.locator('.citizen-table table')).toHaveAttribute('aria-rowcount', String(total + 1));
    await page.getByTestId('print').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: unknown }).printed)).toEqual({ rows: total, charts: 7, openTables: 7 });
    // After printing the table is windowed again.
    await expect.poll(() => page.locator('.citizen-table tbody tr[data-row-index]').count()).toBeLessThan(total);
    const printed = (await auditLog(sw)).filter((e) => e.action === 'export' && e.detail.startsWith('printed report'));
    expect(printed.find((e) => !e.citizenCpr)?.detail).toBe(`printed report: ${total} rows; status=open`);
    // Logged per citizen too, so each citizen's insight into the log shows the printout.
    const logged = new Set(printed.map((e) => e.citizenCpr));
    expect([...subjectCprs(file)].filter((cpr) => !logged.has(cpr))).toEqual([]);
  });

  test('a row opens the citizen view, logged as a view, with the source of each record', async ({ context, extensionId, sw }) => {
    const page = await openOverview(context, extensionId);
    await contribute(page, path);
    await page.getByRole('searchbox', { name: 'Søg på navn eller CPR' }).fill('Jakob Kjær');
    await page.keyboard.press('Enter');
    const [citizen] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Jakob Kjær' }).click()]);
    await expect(citizen.getByTestId('citizen-name')).toHaveText('Jakob Kjær');
    await expect(citizen.getByTestId('citizen-cpr')).toHaveText(`${PERSONA_CPR.jakob.slice(0, 6)}-xxxx`);
    // The default user is a jobcenter caseworker: the health records need consent and are only counted.
    await expect(citizen.getByTestId('hidden-sectors')).toContainText('Sundhed og rehabilitering har');
    await expect(citizen.getByTestId('record-source').first()).toHaveText('Testdata');
    await expect(citizen.getByTestId('flags')).toContainText('Parallelle indsatser');
    // The one plan, read-only: goals in the citizen's words, what is agreed, the coordinator.
    await expect(citizen.getByTestId('plan-goals')).toHaveText('Jeg vil kunne arbejde 15 timer om ugen uden at få ondt');
    await expect(citizen.getByTestId('plan-actions').locator('tbody tr')).toHaveCount(2);
    await expect(citizen.getByTestId('plan-coordinator')).toHaveText('Ida Brix, Jobcenter Demoby, Team Ressource');
    await citizen.getByRole('button', { name: 'Vis CPR-nummer' }).click();
    await expect(citizen.getByTestId('citizen-cpr')).toHaveText(`${PERSONA_CPR.jakob.slice(0, 6)}-${PERSONA_CPR.jakob.slice(6)}`);
    const log = await auditLog(sw);
    expect(log.some((e) => e.action === 'view' && e.citizenCpr === PERSONA_CPR.jakob)).toBe(true);
    expect(log.some((e) => e.action === 'reveal-cpr' && e.citizenCpr === PERSONA_CPR.jakob)).toBe(true);
    await citizen.screenshot({ path: 'docs/screenshots/overview-citizen.png', fullPage: true });
    const axe = await new AxeBuilder({ page: citizen }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('combines two caseworkers’ files: no record twice, each record’s source shown, union-only flags found', async ({ context, extensionId, sw }) => {
    const anne = sliceExport(file, (r) => r.sector === 'job' || r.sector === 'health', 'Anne Lund');
    const bo = sliceExport(file, (r) => r.sector !== 'job', 'Bo Madsen');
    const page = await openOverview(context, extensionId);
    await contribute(page, writeExport(anne, 'anne.json'));
    await contribute(page, writeExport(bo, 'bo.json'));
    await expect(page.getByTestId('sources')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('sources')).toContainText('Anne Lund');
    await expect(page.getByTestId('sources')).toContainText('Bo Madsen');
    const stored = await sw.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('en-plan');
          open.onsuccess = () => {
            const req = open.result.transaction('records').objectStore('records').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(stored).toBe(file.records.length);
    await expect(page.getByTestId('scope')).toContainText(`${file.records.length.toLocaleString('da-DK')} registreringer fra 2 kilde(r)`);
    // Neither file alone holds Trine's duplicate LÆ 265 (jobcenter + adult services); the union does.
    const trine = page.locator('tr', { has: page.getByRole('link', { name: /Trine Hansen/ }) });
    await expect(trine.locator('[data-col="duplicate-request"]')).toHaveText('1');

    const [citizen] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Trine Hansen/ }).click()]);
    await expect(citizen.getByTestId('record-source')).toContainText(['Anne Lund']);
  });

  test('axe finds no serious or critical problems, and the table works from the keyboard', async ({ context, extensionId }) => {
    const page = await openOverview(context, extensionId);
    await contribute(page, path);
    await expect(page.getByTestId('chart-trend')).toBeVisible({ timeout: 30_000 });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // Keyboard: search field, submit, clear; then to the sort buttons and down the whole table with the arrows.
    await page.getByRole('searchbox', { name: 'Søg på navn eller CPR' }).focus();
    await page.keyboard.type('Hansen');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('row-link').first()).toContainText('Hansen');
    await page.getByRole('button', { name: 'Ryd søgning' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('sort-name').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Borger / familie');
    await page.keyboard.press('Tab');
    // Tab leaves the header for the first row's link once all sort buttons are passed.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'row-link')); i++) await page.keyboard.press('Tab');
    const total = Number(await page.locator('.citizen-table table').getAttribute('aria-rowcount')) - 1;
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe(String(total + 1));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe(String(total));
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('2');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('32');
    // Only a window of rows is in the DOM however far the focus went.
    expect(await page.locator('.citizen-table tbody tr[data-row-index]').count()).toBeLessThan(60);
  });
});
