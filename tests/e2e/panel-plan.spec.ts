import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from '@playwright/test';
import { expect, launchWithExtension, personas, personaUrl, readStore, test } from './fixtures';
import { GOAL, buildJakobsPlan, grantConsent, panelFor, readPersona, setSettings } from './panel-helpers';

/**
 * The one plan: created in the panel, edited (goals in the citizen's words, an action linked to a scraped effort,
 * coordinator, level, next joint meeting), kept with its history across a reload and a browser restart.
 */
async function expectPlan(panel: Frame) {
  await expect(panel.getByTestId('goal-text')).toHaveText(GOAL);
  await expect(panel.getByTestId('action-what')).toHaveText('Smertehåndtering i små skridt');
  await expect(panel.getByTestId('action-status')).toHaveValue('active');
  await expect(panel.getByTestId('coordination-level')).toContainText('Niveau 3');
  await expect(panel.getByTestId('coordinator')).toContainText('Kasper Aagaard');
  await panel.getByTestId('plan-history').locator('summary').click();
  const entries = panel.getByTestId('history-entry');
  await expect(entries).toHaveCount(7);
  await expect(entries.first()).toContainText('Lene Bro');
  await expect(entries.first()).toContainText('Næste møde');
  await expect(entries.last()).toContainText('Planen blev oprettet');
}

test('plan editing survives a reload and a browser restart', async ({ urls }) => {
  test.setTimeout(240_000);
  const jakob = personas().jakob!;
  const dir = mkdtempSync(join(tmpdir(), 'en-plan-plan-'));
  try {
    let { context, sw } = await launchWithExtension(dir);
    await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job', userUnit: 'Team Ressourceforløb' });
    await grantConsent(context, sw, jakob.cpr, ['health']);
    let page = await context.newPage();
    await readPersona(page, sw, urls, jakob, ['job', 'health']);
    await page.goto(personaUrl(urls, jakob, 'job'));
    let panel = await panelFor(page, 'Jakob Kjær');
    await buildJakobsPlan(page, panel);

    const log = (await readStore<{ action: string; citizenCpr?: string; user: string; detail: string }>(sw, 'audit')).filter((a) => a.action === 'edit-plan');
    expect(log).toHaveLength(7);
    expect(log.every((a) => a.citizenCpr === jakob.cpr && a.user === 'Lene Bro')).toBe(true);
    // The log says what kind of change, never the citizen's words.
    expect(log.map((a) => a.detail).join(' ')).not.toContain('hunden');

    await page.reload();
    panel = await panelFor(page, 'Jakob Kjær');
    await expectPlan(panel);

    // On another system the same plan shows (one plan per citizen, across sectors).
    await page.goto(personaUrl(urls, jakob, 'health'));
    panel = await panelFor(page, 'Jakob Kjær');
    await expect(panel.getByTestId('goal-text')).toHaveText(GOAL);

    await context.close();
    ({ context, sw } = await launchWithExtension(dir));
    page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, 'job'));
    panel = await panelFor(page, 'Jakob Kjær');
    await expectPlan(panel);
    const plans = await readStore<{ citizens: string[]; version: number }>(sw, 'plans');
    expect(plans).toEqual([expect.objectContaining({ citizens: [jakob.cpr], version: 6 })]);
    expect(await readStore(sw, 'planHistory')).toHaveLength(7);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a family plan holds several persons', async ({ context, sw, urls }) => {
  test.setTimeout(240_000);
  const { trine, martin, mie } = personas();
  await setSettings(context, sw, { userName: 'Hanne Kirk', userSector: 'children' });
  const page = await context.newPage();
  await readPersona(page, sw, urls, trine!, ['children']);
  await page.goto(personaUrl(urls, martin!, 'children'));
  const panel = await panelFor(page, 'Martin Hansen');
  await expect(panel.getByTestId('family')).toContainText('Trine Hansen');
  await expect(panel.getByTestId('family')).toContainText('Mie Hansen');
  // All three are chosen by default.
  await panel.getByTestId('plan-create-submit').click();
  await expect(panel.getByTestId('plan')).toBeVisible();
  await panel.getByTestId('goal-new').fill('Jeg vil gerne i skole hver dag');
  await panel.locator('.goal-add select').selectOption({ label: 'Mie Hansen' });
  await panel.getByTestId('goal-add').click();
  await expect(panel.getByTestId('goal')).toContainText('Mål for Mie Hansen');
  const plans = await readStore<{ citizens: string[] }>(sw, 'plans');
  expect(plans[0]!.citizens.sort()).toEqual([trine!.cpr, martin!.cpr, mie!.cpr].sort());
  await expect(panel.getByTestId('plan-create')).toHaveCount(0);
});
