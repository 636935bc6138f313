import { writeFileSync } from 'node:fs';
import { expect, personas, personaUrl, readStore, test } from './fixtures';
import { GOAL, buildJakobsPlan, grantConsent, panelFor, readPersona, setSettings } from './panel-helpers';

/** The citizen's copy: opened from the panel, plain Danish, one plan across sectors, no flags, renders as PDF. */
test('prints the plan for the citizen, on screen, as print media and as PDF', async ({ context, sw, urls }) => {
  test.setTimeout(240_000);
  const jakob = personas().jakob!;
  await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job', userUnit: 'Team Ressourceforløb' });
  await grantConsent(context, sw, jakob.cpr, ['health']);
  const page = await context.newPage();
  await readPersona(page, sw, urls, jakob, ['job', 'health']);
  await page.goto(personaUrl(urls, jakob, 'job'));
  const panel = await panelFor(page, 'Jakob Kjær');
  await buildJakobsPlan(page, panel);

  const [print] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('plan-print').click()]);
  await print.waitForLoadState();
  expect(print.url()).toMatch(/\/print\.html#[0-9a-f-]{36}$/);
  // The address holds a one-time token, not the CPR number.
  expect(print.url()).not.toContain(jakob.cpr);
  const doc = print.getByTestId('print');
  await expect(doc.locator('h1')).toHaveText('Min plan');
  await expect(print.getByTestId('print-names')).toHaveText('Jakob Kjær');
  await expect(doc.locator('q')).toHaveText(GOAL);
  await expect(doc.locator('table')).toContainText('Smertehåndtering i små skridt');
  await expect(doc.locator('table')).toContainText('Sundhed og genoptræning');
  await expect(print.getByTestId('print-meeting')).toContainText('8. jan. 2027');
  await expect(doc).toContainText('Kasper Aagaard');
  await expect(print.getByTestId('print-contacts')).toContainText('Genoptræningscenter Demoby');
  const text = await doc.innerText();
  expect(text).not.toMatch(/\d{6}-?\d{4}/);
  expect(text).not.toMatch(/opmærksomhedspunkt|parallelle indsatser|bestilt to gange/i);

  await print.emulateMedia({ media: 'print' });
  await expect(print.getByTestId('print-button')).toBeHidden();
  await expect(doc).toBeVisible();
  const pdf = await print.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  writeFileSync(test.info().outputPath('plan-jakob.pdf'), pdf);

  const exports = (await readStore<{ action: string; citizenCpr?: string; purpose: string }>(sw, 'audit')).filter((a) => a.action === 'export');
  expect(exports).toEqual([expect.objectContaining({ citizenCpr: jakob.cpr, purpose: 'udskrift af planen til borgeren' })]);
});

test('a print page with an unknown token shows nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/print.html#00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('alert')).toContainText('Planen kunne ikke hentes');
  await expect(page.getByTestId('print')).toHaveCount(0);
});
