/**
 * The host page alone, with no extension, at narrower widths against the whole window: what the push costs the
 * page's own layout at each panel width, whatever the extension does. By hand, printed only:
 *   npx tsx tests/bench/host-widths.ts job 1186,1086,986 [loads per width]
 * Same loads as the host bench (host-overhead.ts), the widths interleaved load by load in one Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoSystems } from '../demo-systems/serve';
import { VIEWPORT } from '../e2e/chromium';
import { LONG_TASK_RECORDER, loadToIdle } from './host-overhead';
import { pairedRatio } from './stats';
import { EXT_PORT_BASE, SYSTEMS, assertPortsFree, largePages, launchPlain, median, type SystemKey } from './util';

const [system, widthsArg = '', runsArg = '16'] = process.argv.slice(2);
if (!SYSTEMS.includes(system as SystemKey) || !widthsArg) throw new Error(`usage: host-widths.ts <${SYSTEMS.join('|')}> <width,width,...> [loads]`);
const widths = [VIEWPORT.width, ...widthsArg.split(',').map(Number)];

await assertPortsFree(EXT_PORT_BASE);
const demo = await startDemoSystems({ portBase: EXT_PORT_BASE, largeRows: 1000, apiDelayMs: 0 });
const dir = mkdtempSync(join(tmpdir(), 'en-plan-widths-'));
const browser = await launchPlain(dir);
try {
  await browser.addInitScript(LONG_TASK_RECORDER);
  const url = largePages(demo.urls)[system as SystemKey];
  const load = async (width: number) => (await loadToIdle(browser, url, { ...VIEWPORT, width })).idleMs;
  for (const w of widths) await load(w);
  const idle = new Map<number, number[]>(widths.map((w) => [w, []]));
  for (let i = 0; i < Number(runsArg); i++) for (const w of i % 2 ? [...widths].reverse() : widths) idle.get(w)!.push(await load(w));
  const whole = idle.get(VIEWPORT.width)!;
  for (const w of widths) {
    const { ratio, interval } = pairedRatio(idle.get(w)!, whole);
    console.log(`${system} at ${w} px (push ${VIEWPORT.width - w} px): idle ${median(idle.get(w)!).toFixed(0)} ms, ×${ratio.toFixed(3)} (90 % interval ${interval.map((x) => x.toFixed(3)).join('-')})`);
  }
} finally {
  await browser.close();
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
}
