import type { BrowserContext } from '@playwright/test';
import { benchIngest, type IngestBench } from '../../lib/db/bench';
import { benchDetection, type DetectionBench } from '../../lib/detect/bench';
import { runLinkingMeasurement, type LinkingMetrics } from '../../lib/link/measure';
import { bundleIife } from './bundle';
import { EXTENSION_ID, log, median } from './util';

export const STORE_SIZES = [1_000, 10_000, 100_000];
/**
 * In Chromium one 100,000-record run (ingest + bare write) took about 200 s on the 2-core machine, which alone would
 * break the bench's 10-minute bound: it runs only with BENCH_FULL=1.
 */
export const CHROMIUM_SIZES = process.env.BENCH_FULL ? STORE_SIZES : [1_000, 10_000];
/** Runs per size; 100,000 records take about 40 s in fake-indexeddb on 2 cores, so that size runs fewer times. */
const runsFor = (n: number) => (n >= 100_000 ? 2 : 3);

export interface IngestRow {
  records: number;
  runs: number;
  ingestMs: number;
  rawMs: number;
  ratio: number;
}
export interface StoreResult {
  node: IngestRow[];
  chromium: IngestRow[];
  detection: DetectionBench[];
  linking: { rows: LinkingMetrics[]; markdown: string };
}

/** Median ingest, median bare write, and the median of the per-run ratios (each ratio measured within one run). */
function summarise(records: number, runs: { ingestMs: number; rawMs: number }[]): IngestRow {
  return {
    records,
    runs: runs.length,
    ingestMs: median(runs.map((r) => r.ingestMs)),
    rawMs: median(runs.map((r) => r.rawMs)),
    ratio: median(runs.map((r) => r.ingestMs / r.rawMs)),
  };
}

/** Ingest and detection throughput in Node (fake-indexeddb), using the store's own bench functions. */
export async function measureStoreNode(): Promise<Omit<StoreResult, 'chromium'>> {
  const node: IngestRow[] = [];
  for (const n of STORE_SIZES) {
    const runs: IngestBench[] = [];
    for (let i = 0; i < runsFor(n); i++) runs.push(...(await benchIngest([n])));
    const row = summarise(n, runs);
    log(`ingest (node) ${n}: ${row.ingestMs.toFixed(0)} ms, bare ${row.rawMs.toFixed(0)} ms, ×${row.ratio.toFixed(2)}`);
    node.push(row);
  }
  const detection = [0, 1, 2].map(() => benchDetection(STORE_SIZES, 200));
  log(`detection: ${detection.map((d) => d.detectAll.map((r) => r.ms.toFixed(0)).join('/')).join(', ')} ms`);
  const linking = runLinkingMeasurement();
  return { node, detection, linking };
}

/**
 * The same ingest in real Chromium's IndexedDB, in an extension page (the extension's own origin, where the real
 * database lives), against a bare IndexedDB bulk write of the same rows in the same run.
 */
export async function measureStoreChromium(context: BrowserContext): Promise<IngestRow[]> {
  const code = await bundleIife(new URL('./entries/idb-entry.ts', import.meta.url).pathname);
  const page = await context.newPage();
  const out: IngestRow[] = [];
  try {
    await page.goto(`chrome-extension://${EXTENSION_ID}/panel.html`);
    // Extension pages and the service worker forbid eval, so zod must run without its JIT (its schemas read the
    // flag when they are built, i.e. before any code of the bundle could set it).
    await page.evaluate(`(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${code}`);
    for (const n of CHROMIUM_SIZES) {
      const runs: { ingestMs: number; rawMs: number }[] = [];
      for (let i = 0; i < runsFor(n); i++) {
        runs.push(await page.evaluate((size) => (globalThis as unknown as { __enPlanIdb: { run(n: number): Promise<{ ingestMs: number; rawMs: number }> } }).__enPlanIdb.run(size), n));
      }
      const row = summarise(n, runs);
      log(`ingest (chromium) ${n}: ${row.ingestMs.toFixed(0)} ms, bare ${row.rawMs.toFixed(0)} ms, ×${row.ratio.toFixed(2)}`);
      out.push(row);
    }
  } finally {
    await page.close();
  }
  return out;
}
