import { test, expect } from './fixtures';
import { contribute, openOverview, population, writeExport } from './overview-fixtures';

test('smoke', async ({ context, extensionId }) => {
  const file = population();
  const path = writeExport(file);
  const page = await openOverview(context, extensionId);
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await expect(page.getByTestId('no-rows')).toBeVisible();
  await contribute(page, path);
  await expect(page.getByTestId('row-link').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/smoke.png', fullPage: true });
});
