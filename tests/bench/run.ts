/**
 * `npm run bench` (after `npm run build`): every measurement of issue 8 and the store bench of issue 4, printed as a
 * table and written to BENCHMARKS.md. Binds ports 4100-4104 (the demo build's host permissions) and 4900-4904:
 * run it when no e2e run or demo uses them, e.g. `flock /tmp/en-plan-e2e.lock npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { startDemoSystems, type DemoSystems } from '../demo-systems/serve';
import { chromiumPath } from '../e2e/chromium';
import { measureExtraction, type ExtractionRow } from './extraction';
import { measureHostOverhead } from './host-overhead';
import { MEMORY_ROWS, measureMemory, type MemoryResult } from './memory';
import { measureMutation } from './mutation';
import { benchOverview } from './overview';
import { measurePanelLatency } from './panel-latency';
import { renderReport, renderSummary, type Part, type Results } from './report';
import { measureSizes, type SizeReport } from './sizes';
import { measureStoreChromium, measureStoreNode, type StoreResult } from './store';
import { measureVisitCpu } from './visit-cpu';
import { EXT_PORT_BASE, ROOT, assertPortsFree, launchBoth, log } from './util';

/**
 * `--only host,extraction` runs just those parts (names: sizes, store, host, visit-cpu, mutation, store-chromium, panel,
 * memory, extraction, overview) and prints the report instead of writing BENCHMARKS.md: a partial run is not the record.
 */
const PART_NAMES = ['sizes', 'store', 'host', 'visit-cpu', 'mutation', 'store-chromium', 'panel', 'memory', 'extraction', 'overview'] as const;
type PartName = (typeof PART_NAMES)[number];
const only = (() => {
  const i = process.argv.indexOf('--only');
  const arg = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (arg === undefined) return undefined;
  const names = arg.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(PART_NAMES as readonly string[]).includes(n));
  if (unknown.length || !names.length) throw new Error(`--only takes a comma-separated list of ${PART_NAMES.join(', ')}; got "${arg}"`);
  return new Set(names as PartName[]);
})();
const wanted = (...names: PartName[]) => !only || names.some((n) => only.has(n));
const notRun = <T>(): Part<T> => ({ ok: false, error: 'not run (--only)' });

async function part<T>(name: string, fn: () => Promise<T> | T): Promise<Part<T>> {
  const t = Date.now();
  log(`${name}…`);
  try {
    const value = await fn();
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`${name} FAILED: ${message}`);
    return { ok: false, error: message };
  }
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

async function withDemo<T>(largeRows: number, fn: (demo: DemoSystems) => Promise<T>): Promise<T> {
  await assertPortsFree(EXT_PORT_BASE);
  const demo = await startDemoSystems({ portBase: EXT_PORT_BASE, largeRows, apiDelayMs: 0 });
  try {
    return await fn(demo);
  } finally {
    await demo.close();
  }
}

async function main() {
  const started = Date.now();
  const loadBefore = load();
  const chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  const osName = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
    } catch {
      return process.platform;
    }
  })();

  const sizes = wanted('sizes') ? await part('bundle sizes', () => measureSizes()) : notRun<SizeReport>();
  const storeNode = wanted('store') ? await part('store bench in Node', () => measureStoreNode()) : notRun<Omit<StoreResult, 'chromium'>>();

  let host: Results['host'] = only ? notRun() : { ok: false, error: 'not run' };
  let visitCpu: Results['visitCpu'] = only ? notRun() : { ok: false, error: 'not run' };
  let mutation: Results['mutation'] = only ? notRun() : { ok: false, error: 'not run' };
  let storeChromium: Results['storeChromium'] = only ? notRun() : { ok: false, error: 'not run' };
  let panel: Results['panel'] = only ? notRun() : { ok: false, error: 'not run' };
  if (wanted('host', 'visit-cpu', 'mutation', 'store-chromium', 'panel')) {
    const shared = await part('demo systems with 1,000 rows', () =>
      withDemo(1000, async (demo) => {
        if (wanted('host', 'visit-cpu', 'mutation', 'store-chromium')) {
          const browsers = await launchBoth();
          try {
            if (wanted('host')) host = await part('host page overhead', () => measureHostOverhead(browsers, demo.urls));
            if (wanted('visit-cpu')) visitCpu = await part('CPU time of a visit', () => measureVisitCpu(browsers, demo.urls));
            if (wanted('mutation')) mutation = await part('mutation observer cost', () => measureMutation(browsers, demo.urls));
            if (wanted('store-chromium')) storeChromium = await part('store bench in Chromium', () => measureStoreChromium(browsers.ext));
          } finally {
            await browsers.close();
          }
        }
        if (wanted('panel')) panel = await part('page load to panel flags', () => measurePanelLatency(demo.urls));
      }),
    );
    if (!shared.ok) for (const p of [host, visitCpu, mutation, storeChromium, panel]) if (!p.ok && p.error === 'not run') p.error = shared.error;
  }

  const memory = wanted('memory') ? await part(`memory (${MEMORY_ROWS} rows × 4 systems)`, () => withDemo(MEMORY_ROWS, (demo) => measureMemory(demo.urls))) : notRun<MemoryResult>();
  const extraction = wanted('extraction') ? await part('extraction 10/100/1,000 rows', () => measureExtraction()) : notRun<ExtractionRow[]>();
  const overview = wanted('overview') ? await part('team overview, 5,000 citizens', () => benchOverview({ citizens: 5_000, runs: 5 })) : notRun<Results['overview'] extends Part<infer T> ? T : never>();

  const results: Results = {
    machine: {
      date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      nproc: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      os: osName,
      node: process.version,
      chromium,
      loadBefore,
      loadAfter: load(),
      totalSeconds: (Date.now() - started) / 1000,
    },
    sizes,
    host,
    visitCpu,
    extraction,
    panel,
    mutation,
    storeNode,
    storeChromium,
    memory,
    overview,
  };
  if (only) {
    console.log(renderReport(results));
    console.log(`\nPartial run (--only ${[...only].join(',')}): BENCHMARKS.md left as it was.`);
    return;
  }
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderReport(results));
  console.log(renderSummary(results));
  console.log(`\nFull tables: BENCHMARKS.md (${Math.round(results.machine.totalSeconds)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
