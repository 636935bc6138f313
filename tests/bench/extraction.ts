import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoSystems } from '../demo-systems/serve';
import { DEMO_ORIGINS } from '../../lib/config/demo-origins';
import { bundleIife } from './bundle';
import { FREE_PORT_BASE, SYSTEMS, assertPortsFree, launchPlain, log, median, type SystemKey } from './util';

export interface ExtractionRow {
  system: SystemKey;
  rows: number;
  /** First read on a freshly loaded page (cold JIT): what a caseworker's page pays once per load. */
  coldMs: number;
  /** Median of repeated reads on the same page (warm JIT): what each re-read after a page change pays. */
  warmMs: number;
  records: number;
  errors: number;
  loads: number;
}

const SIZES = [10, 100, 1000];
const LOADS = 3;
const WARM_READS = 5;

/** The inner page of each system that holds the Test Stor efforts (BørneSag's is the framed content page). */
function pageUrl(system: SystemKey, urls: Record<SystemKey, string>) {
  return {
    job: `${urls.job}/borger/100006/indsatser?pr_side=5000`,
    children: `${urls.children}/sag/indhold/indsatser?id=P2006`,
    adult: `${urls.adult}/borger/8005/ydelser`,
    health: `${urls.health}/borger/1005/forloeb`,
  }[system];
}

async function ready(page: Page, system: SystemKey) {
  // Cookie banner and late JSON: the SPA is read only once it has rendered, as the content script's observer would.
  if (system === 'health') await page.waitForSelector('#app[aria-busy="false"] [data-record-id], #app[aria-busy="false"] .sp-empty', { timeout: 30_000 });
}

/**
 * Extraction time per page in real Chromium: the real adapter code (lib/adapters/extract.ts + the registry), bundled
 * and minified as the content script is, run inside the demo page on demo systems served with 10/100/1,000 rows.
 */
export async function measureExtraction(): Promise<ExtractionRow[]> {
  const code = await bundleIife(new URL('./entries/extract-entry.ts', import.meta.url).pathname);
  const dir = mkdtempSync(join(tmpdir(), 'en-plan-bench-extract-'));
  const context: BrowserContext = await launchPlain(dir);
  const out: ExtractionRow[] = [];
  try {
    for (const rows of SIZES) {
      await assertPortsFree(FREE_PORT_BASE);
      const demo = await startDemoSystems({ portBase: FREE_PORT_BASE, largeRows: rows, apiDelayMs: 0 });
      try {
        for (const system of SYSTEMS) {
          // The adapters are keyed by the demo origins (4101-4104); here the same pages come from another port.
          const adapterOrigin = DEMO_ORIGINS[SYSTEMS.indexOf(system)]!;
          const cold: number[] = [];
          const warm: number[] = [];
          let records = 0;
          let errors = 0;
          for (let i = 0; i < LOADS; i++) {
            const page = await context.newPage();
            await page.goto(pageUrl(system, demo.urls), { waitUntil: 'load' });
            await ready(page, system);
            await page.evaluate(code);
            const result = await page.evaluate(
              ({ origin, n }) => {
                const api = (globalThis as unknown as { __enPlanExtract: { run(id: string): { ms: number; records: number; errors: number; detected: boolean }; adapters: { id: string; origin?: string }[] } }).__enPlanExtract;
                const id = api.adapters.find((a) => a.origin === origin)?.id;
                if (!id) throw new Error(`no adapter for ${origin}`);
                const first = api.run(id);
                const again = Array.from({ length: n }, () => api.run(id).ms);
                return { first, again };
              },
              { origin: adapterOrigin, n: WARM_READS },
            );
            cold.push(result.first.ms);
            warm.push(median(result.again));
            records = result.first.records;
            errors = result.first.errors;
            await page.close();
          }
          const row = { system, rows, coldMs: median(cold), warmMs: median(warm), records, errors, loads: LOADS };
          log(`extraction ${system} ${rows} rows: cold ${row.coldMs.toFixed(2)} ms, warm ${row.warmMs.toFixed(2)} ms, ${records} records, ${errors} errors`);
          out.push(row);
        }
      } finally {
        await demo.close();
      }
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
