import type { BrowserContext, Frame, Page } from '@playwright/test';
import { panelFrame } from '../e2e/fixtures';
import { SYSTEMS, largePages, launchExt, log, median, type SystemKey } from './util';

export interface PanelLatencyRow {
  system: SystemKey;
  /** DOMContentLoaded of the host page to the panel showing Test Stor's flags, first visit of the system in a fresh profile. */
  firstMs: number;
  /** The same on a repeat visit (records already stored: ingest only confirms them). */
  repeatMs: number;
  firstRuns: number;
  repeatRuns: number;
  /** Visits whose panel never showed the flags within the timeout. */
  timeouts: number;
}

const ROUNDS = 3;
const REPEATS = 1;
const TIMEOUT_MS = 15_000;

/**
 * Runs in every frame; in the panel it records (as epoch milliseconds, comparable across processes) the moment the
 * flags are in the DOM for the benchmark citizen: the CitizenHeader's name and at least one flag of the FlagList (Test
 * Stor has flags in every system; an empty list while the first visit's records are still being stored is not it).
 * A string, not a function: tsx would wrap inner functions in a `__name` helper the page does not have.
 */
const FLAGS_WATCHER = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/panel.html')) return;
  const observer = new MutationObserver(() => {
    if (window.__enPlanFlagsAt !== undefined) return;
    const name = document.querySelector('[data-testid="citizen-name"]');
    if (name && /Test Stor/.test(name.textContent || '') && document.querySelector('[data-testid="flag-list"] > li')) {
      window.__enPlanFlagsAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function visit(context: BrowserContext, url: string): Promise<number | undefined> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.timeOrigin + (nav?.domContentLoadedEventStart ?? NaN);
    });
    const panel: Frame = await panelFrame(page);
    const at = await panel
      .waitForFunction(() => (window as unknown as { __enPlanFlagsAt?: number }).__enPlanFlagsAt, undefined, { timeout: TIMEOUT_MS, polling: 50 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => undefined);
    return at === undefined ? undefined : at - dcl;
  } finally {
    await page.close();
  }
}

/**
 * Host page DOMContentLoaded to the panel showing the flags of a citizen with 1,000 records (Test Stor's page in
 * each system). Each round starts from a fresh profile, so the first visit per system ingests 1,000 new records.
 */
export async function measurePanelLatency(urls: Record<SystemKey, string>): Promise<PanelLatencyRow[]> {
  const pages = largePages(urls);
  const first = new Map<SystemKey, number[]>(SYSTEMS.map((s) => [s, []]));
  const repeat = new Map<SystemKey, number[]>(SYSTEMS.map((s) => [s, []]));
  const timeouts = new Map<SystemKey, number>(SYSTEMS.map((s) => [s, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    const ext = await launchExt();
    try {
      await ext.context.addInitScript(FLAGS_WATCHER);
      for (const system of SYSTEMS) {
        for (let i = 0; i <= REPEATS; i++) {
          const t = await visit(ext.context, pages[system]);
          if (t === undefined) timeouts.set(system, timeouts.get(system)! + 1);
          else (i === 0 ? first : repeat).get(system)!.push(t);
        }
      }
    } finally {
      await ext.close();
    }
  }
  return SYSTEMS.map((system) => {
    const row = {
      system,
      firstMs: median(first.get(system)!),
      repeatMs: median(repeat.get(system)!),
      firstRuns: first.get(system)!.length,
      repeatRuns: repeat.get(system)!.length,
      timeouts: timeouts.get(system)!,
    };
    log(`panel latency ${system}: first ${row.firstMs.toFixed(0)} ms, repeat ${row.repeatMs.toFixed(0)} ms, ${row.timeouts} timeouts`);
    return row;
  });
}
