import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoSystems } from '../demo-systems/serve';
import { launchWithExtension, panelFrame, readStore } from '../e2e/fixtures';

const demo = await startDemoSystems({ portBase: 4100, largeRows: 1000, apiDelayMs: 0 });
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const { context, sw } = await launchWithExtension(dir);
sw.on('console', (m) => console.log('SW:', m.text()));
const urls = [
  `${demo.urls.job}/borger/100001`,
  `${demo.urls.job}/borger/100006/indsatser?pr_side=1000`,
];
for (const u of urls) {
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE:', m.text()));
  const t = Date.now();
  await page.goto(u);
  const panel = await panelFrame(page);
  panel.page().on('console', () => {});
  await panel.waitForSelector('[data-testid="citizen-name"]', { timeout: 10000 }).catch((e) => console.log('no name'));
  console.log(u, Date.now() - t, await panel.evaluate(() => document.body.innerText.slice(0, 500)));
  console.log((await readStore(sw, 'records')).length);
  await page.close();
}
await context.close();
rmSync(dir, { recursive: true, force: true });
await demo.close();
