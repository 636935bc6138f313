import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, personas, personaUrl, test } from './fixtures';
import { SYSTEMS, grantConsent, panelFor, readPersona, setSettings } from './panel-helpers';

/**
 * The panel of each persona next to a legacy page at 1366x768, written to docs/screenshots/panel-<persona>.png for
 * the README. The time to the panel is measured by `npm run bench` (tests/bench/panel-latency.ts), not here.
 */
const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

for (const key of ['trine', 'pernille', 'jakob'] as const) {
  test(`screenshot of the panel for ${key}`, async ({ context, sw, urls }) => {
    test.setTimeout(300_000);
    const persona = personas()[key]!;
    await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
    for (const p of key === 'trine' ? [persona, personas().martin!, personas().mie!] : [persona]) await grantConsent(context, sw, p.cpr, ['children', 'adult', 'health'], `c-${p.cpr}`);
    const page = await context.newPage();
    await readPersona(page, sw, urls, persona, SYSTEMS.filter((s) => persona.ids[s]));
    await page.goto(personaUrl(urls, persona, 'job'));
    const panel = await panelFor(page, persona.name);
    await expect(panel.getByTestId('flag').first()).toBeVisible();
    await page.waitForTimeout(500);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/panel-${key}.png` });
  });
}
