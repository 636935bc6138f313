import { test } from './fixtures';

test('smoke: db', async ({ context, sw, extensionId }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  sw.on('console', (m) => console.log('SW', m.type(), m.text()));
  await page.goto(`chrome-extension://${extensionId}/panel.html?cpr=0101831234`);
  await page.waitForTimeout(2000);
  console.log(await page.locator('body').innerText());
  console.log(JSON.stringify(await sw.evaluate(async () => indexedDB.databases())));
});
