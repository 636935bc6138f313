import { expect, personas, personaUrl, readStore, test } from './fixtures';
import { panelFor, readPersona, setSettings } from './panel-helpers';

/**
 * Issue 7 point 3: a jobcenter caseworker sees health records only under consent. Without it the panel says that
 * the health sector has records (how many) and that a flag exists, nothing more. Registering consent in the panel
 * shows them at once; withdrawing hides them at once. Each change is logged as consent-change.
 */
test('consent gates cross-sector content and withdrawal takes effect at once', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  const jakob = personas().jakob!;
  await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
  const page = await context.newPage();
  await readPersona(page, sw, urls, jakob, ['job', 'health']);
  const healthRows = (await readStore<{ citizenCpr: string; sector: string; record: { title?: string } }>(sw, 'records')).filter(
    (r) => r.citizenCpr === jakob.cpr && r.sector === 'health',
  );
  expect(healthRows.length).toBeGreaterThan(0);
  const healthTitles = healthRows.map((r) => r.record.title).filter((t): t is string => Boolean(t));

  await page.goto(personaUrl(urls, jakob, 'job'));
  const panel = await panelFor(page, 'Jakob Kjær');

  // No consent: only the jobcenter's own records, the health sector as a count, flags on health records without reason.
  await expect(panel.getByTestId('consent-person')).toHaveAttribute('data-level', 'none');
  await expect(panel.getByTestId('timeline-item').first()).toBeVisible();
  expect(await panel.locator('[data-testid="timeline-item"]:not([data-sector="job"])').count()).toBe(0);
  await expect(panel.getByTestId('hidden-sector')).toHaveAttribute('data-sector', 'health');
  await expect(panel.getByTestId('hidden-sector')).toHaveAttribute('data-count', String(healthRows.length));
  await expect(panel.getByTestId('flag-hidden').first()).toBeVisible();
  const blind = await panel.locator('body').innerText();
  for (const title of healthTitles) expect(blind).not.toContain(title);
  expect(blind).not.toContain('Camilla Enevoldsen');

  // Register consent through the form (consent, all other sectors, today, given by the citizen).
  await panel.getByTestId('consent-add').click();
  const form = panel.getByTestId('consent-form');
  await form.getByLabel('Givet af (borger eller værge)').fill('Jakob Kjær');
  // The form is taller than the panel at 768 px: the caseworker scrolls to its button.
  await form.getByTestId('consent-save').scrollIntoViewIfNeeded();
  await expect(form.getByTestId('consent-save')).toHaveAttribute('data-visible', 'true');
  await page.waitForTimeout(400);
  await form.getByTestId('consent-save').click();
  await expect(panel.getByTestId('consent-person')).toHaveAttribute('data-level', 'full');
  await expect(panel.locator('[data-testid="timeline-item"][data-sector="health"]').first()).toBeVisible();
  await expect(panel.getByTestId('hidden-sectors')).toHaveCount(0);
  await expect(panel.getByTestId('flag-hidden')).toHaveCount(0);
  expect(await panel.getByTestId('timeline').innerText()).toContain(healthTitles[0]!);

  // Withdraw: hidden again at once. The consents are listed at the foot of the panel.
  await panel.getByTestId('consent-withdraw').scrollIntoViewIfNeeded();
  await expect(panel.getByTestId('consent-withdraw')).toHaveAttribute('data-visible', 'true');
  await page.waitForTimeout(400);
  await panel.getByTestId('consent-withdraw').click();
  await expect(panel.getByTestId('consent-person')).toHaveAttribute('data-level', 'none');
  expect(await panel.locator('[data-testid="timeline-item"]:not([data-sector="job"])').count()).toBe(0);
  await expect(panel.getByTestId('hidden-sector')).toBeVisible();

  const consents = await readStore<{ citizenCpr: string; withdrawnAt?: string; withdrawnBy?: string; givenBy: string }>(sw, 'consents');
  expect(consents).toHaveLength(1);
  expect(consents[0]).toMatchObject({ citizenCpr: jakob.cpr, givenBy: 'Jakob Kjær', withdrawnBy: 'Lene Bro' });
  const log = (await readStore<{ action: string; citizenCpr?: string; user: string }>(sw, 'audit')).filter((a) => a.action === 'consent-change');
  expect(log.map((a) => [a.citizenCpr, a.user])).toEqual([
    [jakob.cpr, 'Lene Bro'],
    [jakob.cpr, 'Lene Bro'],
  ]);
});

test('another legal basis with its reference opens one sector only', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  const jakob = personas().jakob!;
  await setSettings(context, sw, { userName: 'Maja Holm', userSector: 'adult' });
  const page = await context.newPage();
  await readPersona(page, sw, urls, jakob, ['job', 'adult', 'health']);
  await page.goto(personaUrl(urls, jakob, 'adult'));
  const panel = await panelFor(page, 'Jakob Kjær');
  // The adult caseworker's own sector is visible, the others are counts.
  expect(await panel.locator('[data-testid="timeline-item"]:not([data-sector="adult"])').count()).toBe(0);
  await expect(panel.getByTestId('hidden-sector')).toHaveCount(2);

  await panel.getByTestId('consent-add').click();
  const form = panel.getByTestId('consent-form');
  await form.getByLabel('Anden hjemmel (med henvisning)').check();
  await form.getByLabel('Henvisning til hjemmel').fill('Retssikkerhedslovens § 11 c, afgørelse 2026-114');
  await form.getByLabel('Jobcenter').uncheck();
  await form.getByLabel('Børn og familie').uncheck();
  // The form is taller than the panel at 768 px: the caseworker scrolls to its button.
  await form.getByTestId('consent-save').scrollIntoViewIfNeeded();
  await expect(form.getByTestId('consent-save')).toHaveAttribute('data-visible', 'true');
  await page.waitForTimeout(400);
  await form.getByTestId('consent-save').click();
  await expect(panel.getByTestId('consent-row')).toContainText('Anden hjemmel: Retssikkerhedslovens § 11 c');
  await expect(panel.locator('[data-testid="timeline-item"][data-sector="health"]').first()).toBeVisible();
  expect(await panel.locator('[data-testid="timeline-item"][data-sector="job"]').count()).toBe(0);
  await expect(panel.getByTestId('hidden-sector')).toHaveAttribute('data-sector', 'job');
});
