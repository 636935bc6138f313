import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { SystemKey } from '../demo-systems/data/types';
import { citizenPath } from '../demo-systems/links';
import { expect, panelFrame, readFrames, readStore, type DemoUrls, type Persona } from './fixtures';

export const SYSTEMS = ['job', 'children', 'adult', 'health'] as const satisfies readonly SystemKey[];
export const SECTOR_OF: Record<SystemKey, 'job' | 'children' | 'adult' | 'health'> = { job: 'job', children: 'children', adult: 'adult', health: 'health' };

/** Every page of one citizen in one system that shows records (the adapters read what the page shows). */
export function citizenPages(urls: DemoUrls, system: SystemKey, id: string): string[] {
  const base = `${urls[system]}${citizenPath(system, id)}`;
  switch (system) {
    case 'job':
      return [base, ...['indsatser', 'anmodninger', 'dokumenter', 'moeder'].map((p) => `${base}/${p}?pr_side=1000`), `${base}/plan`];
    case 'children':
      return ['overblik', 'familie', 'indsatser', 'undersoegelser', 'dokumenter', 'moeder', 'handleplan'].map((v) => `${base}&vis=${v}`);
    case 'adult':
      return [base, ...['ydelser', 'forespoergsler', 'dokumenter', 'aftaler', 'handleplan'].map((p) => `${base}/${p}`)];
    case 'health':
      return [base, ...['forloeb', 'henvisninger', 'udtalelser', 'aftaler', 'plan'].map((p) => `${base}/${p}`)];
  }
}

export interface StoredRow {
  key: string;
  citizenCpr: string;
  sector: string;
  kind: string;
  system: string;
  record: Record<string, unknown> & { kind: string };
}

const recordsOf = async (sw: Worker, cprs: readonly string[]) => (await readStore<StoredRow>(sw, 'records')).filter((r) => cprs.includes(r.citizenCpr));

/** Waits until the store holds records for these citizens and their number has stopped growing. */
export async function settle(sw: Worker, cprs: readonly string[], min = 1) {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60; i++) {
    const n = (await recordsOf(sw, cprs)).length;
    if (n >= min && n === last) {
      if (++same >= 2) return n;
    } else same = 0;
    last = n;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`records for ${cprs.join(',')} did not settle (last count ${last})`);
}

/** Until a frame of any tab has been read (its report stored in the tab's context) at or after `since`. */
async function readSince(sw: Worker, since: string) {
  await expect
    .poll(async () => (await readFrames(sw)).some((f) => (f.at ?? '') >= since), { timeout: 10_000, message: 'a page of the persona was read' })
    .toBe(true);
}

/** Opens every record page of a persona in the given systems, so the store holds what the caseworker has seen. */
export async function readPersona(page: Page, sw: Worker, urls: DemoUrls, persona: Persona, systems: readonly SystemKey[] = SYSTEMS) {
  for (const system of systems) {
    const id = persona.ids[system];
    if (!id) continue;
    for (const url of citizenPages(urls, system, id)) {
      const since = new Date().toISOString();
      await page.goto(url);
      if (system === 'health') await page.locator('#app[aria-busy="false"]').waitFor({ timeout: 10_000 });
      // The reader comes once the page has loaded and gone quiet for 250 ms (entrypoints/content/host-settled.ts):
      // stay until one of the tab's frames has been read, as a caseworker reading the page would, and a moment
      // longer for the others (BørneSag shows its case in an iframe).
      await readSince(sw, since);
      await page.waitForTimeout(400);
    }
  }
  return settle(sw, [persona.cpr]);
}

/**
 * Makes the background open its database (Dexie creates the schema on first use), so tests can write rows into it.
 * Opening a store that does not exist yet would otherwise create an empty database the extension does not expect.
 */
export async function ensureDb(context: BrowserContext, sw: Worker) {
  const exists = () => sw.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'en-plan'));
  if (await exists()) return;
  // An extension page asking for a view makes the background read its settings, which opens the database.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/panel.html`);
  await expect.poll(exists, { timeout: 10_000 }).toBe(true);
  await page.close();
}

/** Writes settings straight into the extension's database (as the options page would). */
export async function setSettings(context: BrowserContext, sw: Worker, settings: Record<string, unknown>) {
  await ensureDb(context, sw);
  await sw.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('settings', 'readwrite').objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => {
            const current = (get.result?.value as Record<string, unknown> | undefined) ?? {};
            const put = store.put({ key: 'settings', value: { ...current, ...value } });
            put.onsuccess = () => {
              db.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
    settings,
  );
}

/** Registers consent for a citizen straight in the store (the UI path has its own test). */
export async function grantConsent(context: BrowserContext, sw: Worker, cpr: string, sectors: string[], id = `consent-${cpr}`) {
  await ensureDb(context, sw);
  await sw.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onsuccess = () => {
          const db = open.result;
          const put = db.transaction('consents', 'readwrite').objectStore('consents').put(row);
          put.onsuccess = () => {
            db.close();
            resolve();
          };
          put.onerror = () => reject(put.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { id, citizenCpr: cpr, sectors, givenAt: new Date().toISOString().slice(0, 10), givenBy: 'Testborger', legalBasisRef: 'samtykke' },
  );
}

/** The panel frame once it shows the citizen. */
export async function panelFor(page: Page, name: string): Promise<Frame> {
  const panel = await panelFrame(page);
  await expect(panel.getByTestId('citizen-name')).toHaveText(name, { timeout: 15_000 });
  return panel;
}

/** Tells the open panels to fetch their view again (what the background does after any change). */
export async function refreshPanels(sw: Worker) {
  await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'changed' }).catch(() => undefined));
}

export const visibleTimeline = (panel: Frame) => panel.getByTestId('timeline-item');

/** Builds Jakob's plan through the panel, as a caseworker would (used by the plan, print and screenshot tests). */
export const GOAL = 'Jeg vil kunne gå en tur med hunden uden at have ondt bagefter';

export async function buildJakobsPlan(page: Page, panel: Frame) {
  await panel.getByTestId('plan-create-submit').click();
  await expect(panel.getByTestId('plan')).toHaveAttribute('data-version', '0');

  await panel.getByTestId('goal-new').fill(GOAL);
  await panel.getByTestId('goal-add').click();
  await expect(panel.getByTestId('goal-text')).toHaveText(GOAL);

  await panel.getByTestId('action-add').click();
  await panel.getByTestId('action-new-what').fill('Smertehåndtering i små skridt');
  await panel.getByTestId('action-new-who').fill('Genoptræningscenter Demoby');
  await panel.getByTestId('action-new-sector').selectOption('health');
  await panel.getByTestId('action-new-when').fill('2027-01-15');
  const effort = panel.getByTestId('action-new-effort');
  const option = await effort.locator('option', { hasText: 'Ressourceforløb' }).first().getAttribute('value');
  await effort.selectOption(option!);
  await panel.getByTestId('action-new-submit').click();
  await expect(panel.getByTestId('action-what')).toHaveText('Smertehåndtering i små skridt');
  await expect(panel.getByTestId('action-effort')).toContainText('Ressourceforløb');

  await panel.getByTestId('action-status').selectOption('active');
  await expect(panel.getByTestId('plan')).toHaveAttribute('data-version', '3');

  await panel.getByTestId('plan-level').selectOption('3');
  await expect(panel.getByTestId('plan-warning')).toBeVisible();
  await panel.getByTestId('coordinator-edit').click();
  await panel.getByTestId('coordinator-name').fill('Kasper Aagaard');
  await panel.getByTestId('coordinator-save').click();
  await expect(panel.getByTestId('coordinator')).toContainText('Kasper Aagaard');
  await expect(panel.getByTestId('plan-warning')).toHaveCount(0);

  await panel.getByTestId('plan-next-meeting').fill('2027-01-08T10:00');
  await panel.getByTestId('plan-next-meeting-save').click();
  await expect(panel.getByTestId('plan-next-meeting-saved')).toContainText('8. jan. 2027');
  await expect(panel.getByTestId('plan')).toHaveAttribute('data-version', '6');
  void page;
}

