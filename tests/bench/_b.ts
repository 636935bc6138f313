import { startDemoSystems } from '../demo-systems/serve';
import { panelFrame } from '../e2e/fixtures';
import { startTrace } from './trace';
import { largePages, launchExt, sleep } from './util';
const demo = await startDemoSystems({ portBase: 4100, largeRows: 1000, apiDelayMs: 0 });
const ext = await launchExt();
const pages = largePages(demo.urls);
{
  const page = await ext.context.newPage();
  const tr = await startTrace(ext.context, page);
  await page.goto(pages.job);
  await sleep(3000);
  const ev = await tr.stop();
  const nav = ev.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const fc = ev.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'TimerFire' || e.name === 'FunctionCall') && JSON.stringify(e.args).includes('content-scripts') && (e.dur ?? 0) > 5000);
  for (const e of fc) console.log(e.name, ((e.ts - nav) / 1000).toFixed(0), ((e.dur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args?.data).slice(0, 160));
  const lay = ev.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.dur ?? 0) > 20000);
  for (const e of lay) console.log(e.name, ((e.ts - nav) / 1000).toFixed(0), ((e.dur ?? 0) / 1000).toFixed(1));
  await page.close();
}
for (let i = 0; i < 3; i++) {
  const page = await ext.context.newPage();
  await page.goto(pages.health);
  const panel = await panelFrame(page);
  await sleep(12000);
  console.log('health', i, await panel.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)));
  await page.close();
}
await ext.close(); await demo.close();
