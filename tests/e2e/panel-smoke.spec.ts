import { personas, test, expect } from './fixtures';
import { grantConsent, panelFor, readPersona, refreshPanels, SYSTEMS } from './panel-helpers';

test('smoke: Trine across all systems', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const trine = personas().trine!;
  const page = await context.newPage();
  const n = await readPersona(page, sw, urls, trine);
  console.log('records', n);
  await grantConsent(sw, trine.cpr, ['children', 'adult', 'health']);
  await refreshPanels(sw);
  const panel = await panelFor(page, 'Trine Hansen');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: 'test-results/smoke-trine.png' });
  console.log(await panel.locator('body').innerText());
  expect(SYSTEMS.length).toBe(4);
});
