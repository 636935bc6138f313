/**
 * Issue 7 point 7: several tabs writing the same citizen at the same moment (the same page twice, and the same
 * person in two systems). IndexedDB serialises the ingest transactions; nothing may be lost or duplicated.
 */
import type { Page } from '@playwright/test';
import { expect, panelFrame, personas, personaUrl, test } from './fixtures';
import { extensionPage, readStoreIn } from './security-helpers';

interface RecordRow {
  key: string;
  citizenCpr: string;
  system: string;
  kind: string;
  record: { nativeId: string };
}
interface CitizenRow {
  cpr: string;
  name: string;
}

const settle = async (read: () => Promise<unknown>) => {
  // Stable for two consecutive looks a second apart.
  let last = '';
  for (let i = 0; i < 30; i++) {
    const now = JSON.stringify(await read());
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('store never settled');
};

test('two tabs writing the same citizen at once lose nothing and duplicate nothing', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const trine = personas().trine!;
  const reader = await extensionPage(context);
  const targets = [
    personaUrl(urls, trine, 'health'),
    personaUrl(urls, trine, 'health'), // the very same page twice
    `${urls.health}/borger/${trine.ids.health}/henvisninger`,
    personaUrl(urls, trine, 'job'),
    `${urls.job}/borger/${trine.ids.job}/anmodninger`,
    personaUrl(urls, trine, 'adult'),
  ];
  const pages: Page[] = await Promise.all(targets.map(() => context.newPage()));
  // All at once.
  await Promise.all(pages.map((p, i) => p.goto(targets[i]!)));
  await Promise.all(pages.map(async (p) => expect((await panelFrame(p)).getByTestId('citizen-name')).toHaveText('Trine Hansen', { timeout: 20_000 })));

  const snapshot = async () => {
    const records = await readStoreIn<RecordRow>(reader, 'records');
    const citizens = await readStoreIn<CitizenRow>(reader, 'citizens');
    return { keys: records.map((r) => r.key).sort(), trine: citizens.filter((c) => c.cpr === trine.cpr), records };
  };
  await settle(async () => (await snapshot()).keys);
  const concurrent = await snapshot();

  // One citizen row, one record per (system, kind, native id).
  expect(concurrent.trine).toEqual([expect.objectContaining({ cpr: trine.cpr, name: 'Trine Hansen' })]);
  const natural = concurrent.records.map((r) => `${r.system}|${r.kind}|${r.record.nativeId}`);
  expect(new Set(natural).size).toBe(natural.length);
  // Records from every system that was open.
  expect(new Set(concurrent.records.filter((r) => r.citizenCpr === trine.cpr).map((r) => r.system))).toEqual(new Set(['jobsag', 'voksennet', 'sundhedsportalen']));
  // The same page ingested twice at once made no history (history is only for changed content).
  const history = await readStoreIn<{ recordKey: string }>(reader, 'recordHistory');
  expect(history).toEqual([]);

  // Now read every page again, one at a time: if the concurrent writes had lost anything, it would come back now.
  for (const p of pages) {
    await p.reload();
    await expect((await panelFrame(p)).getByTestId('citizen-name')).toHaveText('Trine Hansen', { timeout: 20_000 });
  }
  await settle(async () => (await snapshot()).keys);
  const sequential = await snapshot();
  expect(sequential.keys).toEqual(concurrent.keys);
  expect(sequential.trine).toHaveLength(1);
  void sw;
});
