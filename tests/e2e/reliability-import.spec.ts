/**
 * Issue 7 point 7: a corrupted import file through the real options page: a clear error, and nothing changed.
 * (Every corruption variant, and a failure half-way through writing, are in tests/unit/import-corrupted.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, panelFrame, personas, personaUrl, test } from './fixtures';
import { EXTENSION_ID, readStoreIn } from './security-helpers';

const STORES = ['records', 'recordHistory', 'citizens', 'families', 'links', 'flags', 'plans', 'planHistory', 'consents', 'audit', 'settings'];

async function dump(page: Page) {
  const out: Record<string, string> = {};
  for (const s of STORES) out[s] = JSON.stringify(await readStoreIn(page, s));
  return out;
}

test('a corrupted import file gives a clear error in the options page and changes nothing', async ({ context, urls }) => {
  const trine = personas().trine!;
  const page = await context.newPage();
  await page.goto(personaUrl(urls, trine, 'health'));
  await expect((await panelFrame(page)).getByTestId('citizen-name')).toHaveText('Trine Hansen');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#data`);
  // A real export to corrupt: the whole store, downloaded as the user would.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-all').click()]);
  const good = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(good)).toMatchObject({ format: 'en-plan-export' });
  await expect(options.getByTestId('data-status')).toContainText(/Eksporteret/);
  const before = await dump(options);

  const corrupted: [string, string, RegExp][] = [
    ['afbrudt.json', good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
    ['forkert.json', JSON.stringify({ hello: 'world' }), /^format:/],
    ['nyere.json', good.replace(/"schemaVersion":\d+/, '"schemaVersion":999'), /newer Én plan/],
    ['redigeret.json', good.replace(/"cpr":"(\d{10})"/, '"cpr":"12345"'), /\.cpr: /],
  ];
  for (const [name, text, why] of corrupted) {
    await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(options.getByTestId('data-error')).toContainText(`${name} blev ikke importeret, og intet er ændret`);
    await expect(options.getByTestId('import-errors')).toContainText(why);
    expect(await dump(options)).toEqual(before);
  }

  // And the good file still goes in afterwards (nothing was left half-done).
  await options.getByTestId('import-file').setInputFiles({ name: 'god.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(options.getByTestId('data-status')).toContainText('god.json er importeret');
  await expect(options.getByTestId('import-errors')).toHaveCount(0);
});
