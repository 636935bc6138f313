import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, personas, personaUrl, test } from './fixtures';
import { GOAL, buildJakobsPlan, grantConsent, panelFor, readPersona, setSettings } from './panel-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Opens everything that can be opened, so axe sees the forms and folded parts too. */
async function openEverything(panel: Page | Frame) {
  await panel.getByTestId('consent-add').click();
  await panel.getByTestId('action-add').click();
  await panel.getByTestId('coordinator-edit').click();
  await panel.locator('details > summary').evaluateAll((els) => els.forEach((e) => ((e.parentElement as HTMLDetailsElement).open = true)));
  const dismiss = panel.getByTestId('flag-dismiss-open').first();
  if (await dismiss.count()) await dismiss.click();
}

test.describe('accessibility', () => {
  test('the panel with data, plan and open forms has no serious or critical axe violations (da and en)', async ({ context, sw, urls, extensionId }) => {
    test.setTimeout(240_000);
    const jakob = personas().jakob!;
    await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
    await grantConsent(context, sw, jakob.cpr, ['health']);
    const host = await context.newPage();
    await readPersona(host, sw, urls, jakob, ['job', 'health', 'adult']);
    await host.goto(personaUrl(urls, jakob, 'job'));
    await buildJakobsPlan(host, await panelFor(host, 'Jakob Kjær'));

    // The same panel page, opened as its own tab so axe can run in it (the framed one sits in a closed shadow root).
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 768 });
    await page.goto(`chrome-extension://${extensionId}/panel.html?cpr=${jakob.cpr}`);
    await expect(page.getByTestId('goal-text')).toHaveText(GOAL);
    await expect(page.getByTestId('hidden-sector')).toBeVisible(); // adult records without consent
    expect(await seriousViolations(page)).toEqual([]);
    await openEverything(page);
    expect(await seriousViolations(page)).toEqual([]);

    await setSettings(context, sw, { language: 'en' });
    await page.reload();
    await expect(page.getByText('Points of attention')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the print page has no serious or critical axe violations', async ({ context, sw, urls }) => {
    test.setTimeout(240_000);
    const jakob = personas().jakob!;
    await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
    const host = await context.newPage();
    await readPersona(host, sw, urls, jakob, ['job']);
    await host.goto(personaUrl(urls, jakob, 'job'));
    const panel = await panelFor(host, 'Jakob Kjær');
    await buildJakobsPlan(host, panel);
    const [print] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('plan-print').click()]);
    await expect(print.getByTestId('print')).toBeVisible();
    expect(await seriousViolations(print)).toEqual([]);
  });
});

test('keyboard path through the panel: overlay and push, resize, reveal CPR, fold a section, acknowledge a flag, collapse', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  const jakob = personas().jakob!;
  await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
  await grantConsent(context, sw, jakob.cpr, ['health']);
  const page = await context.newPage();
  await readPersona(page, sw, urls, jakob, ['job', 'health']);
  await page.goto(personaUrl(urls, jakob, 'job'));
  const panel = await panelFor(page, 'Jakob Kjær');
  const margin = () => page.evaluate(() => document.documentElement.style.marginRight);
  const active = () => panel.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.dataset.testid ?? '', text: el?.textContent?.trim() ?? '', outline: el ? getComputedStyle(el).outlineStyle : '' };
  });
  /** Presses Tab until the focused element matches, as a keyboard user would (at most 60 steps). */
  const tabTo = async (match: (a: { id: string; text: string }) => boolean) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (match(a)) {
        expect(a.outline, `focus is visible on ${a.id || a.text}`).not.toBe('none');
        return;
      }
    }
    throw new Error('never reached by Tab');
  };

  // By default the panel pushes the page aside; the toolbar's toggle lays it over the page instead, and back.
  expect(await margin()).toBe('380px');
  const push = panel.getByTestId('panel-push');
  await expect(push).toHaveAttribute('aria-pressed', 'true');
  await push.focus();
  await page.keyboard.press('Enter');
  await expect.poll(margin).toBe('');
  await expect(push).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect.poll(margin).toBe('380px');
  await expect(push).toHaveAttribute('aria-pressed', 'true');

  // The splitter: arrows change the width, the pushed page follows, and it is remembered.
  const handle = panel.getByTestId('resize-handle');
  await handle.focus();
  await handle.press('ArrowLeft');
  await handle.press('ArrowLeft');
  await expect.poll(margin).toBe('420px');
  await expect(panel.getByTestId('resize-handle')).toHaveAttribute('aria-valuenow', '420');

  await tabTo((a) => a.id === 'panel-collapse');
  await tabTo((a) => a.text === 'Vis CPR-nummer');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('citizen-cpr')).toHaveText(`${jakob.cpr.slice(0, 6)}-${jakob.cpr.slice(6)}`);

  await tabTo((a) => a.text.startsWith('▾Tidslinje') || a.text.startsWith('▾ Tidslinje') || a.text.includes('Tidslinje på tværs'));
  await page.keyboard.press('Enter');
  await expect(panel.locator('#timeline-heading button')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(panel.locator('#timeline-heading button')).toHaveAttribute('aria-expanded', 'true');

  await panel.getByTestId('panel-collapse').focus();
  await page.waitForTimeout(400);
  await tabTo((a) => a.id === 'flag-acknowledge');
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-testid="flag"][data-status="acknowledged"]').first()).toBeVisible();

  // Collapse with the keyboard: the host page gets its full width back; the width is kept for next time.
  await panel.getByTestId('panel-collapse').focus();
  await page.keyboard.press('Enter');
  await expect.poll(margin).toBe('');
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await margin()).toBe('');
  const stored = await sw.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('panelLayout')).panelLayout);
  expect(stored).toEqual({ collapsed: true, width: 420, push: true });
});
