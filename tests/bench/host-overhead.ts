import type { BrowserContext, Page } from '@playwright/test';
import { pairedRatio } from './stats';
import { attributeTasks, startTrace } from './trace';
import { SYSTEMS, largePages, log, median, ratio, sleep, sum, waitForQuietCpu, type Browsers, type SystemKey } from './util';

export interface HostRun {
  dclMs: number;
  loadMs: number;
  /**
   * Navigation start to the last of: load event end, end of the last network response, end of the last long task
   * and end of the last long animation frame that blocked (the rendering a task set off: Chrome's long tasks leave it
   * out, and SundhedsPortalen lays out its 1,000 cards for 500 ms after its 100 ms script).
   */
  idleMs: number;
  /** The same with long tasks only (how it was measured until 2026-12-06), for the log. */
  idleLongTasksMs: number;
  /** Blocking time: the long animation frames' `blockingDuration` summed (tasks and their rendering over 50 ms). */
  tbtMs: number;
  longTasks: number;
}

/** Medians over a system's loads in one arm. */
export interface HostSummary {
  idleMs: number;
  idleLongTasksMs: number;
  tbtMs: number;
  longTasks: number;
  loadMs: number;
}

export interface HostOverheadRow {
  system: SystemKey;
  url: string;
  runs: number;
  without: HostSummary;
  with: HostSummary;
  /** The median of the rounds' ratios (stats.ts `pairedRatio`), as every ratio below. */
  idleRatio: number;
  /** median(with) / median(without): the budget's figure until 2026-12-06, kept to compare with earlier runs. */
  idleRatioOfMedians: number;
  /**
   * With the extension, its push turned off (the caseworker's option): the panel lies over the page, which keeps its
   * width; what the extension costs apart from the host's own layout at the narrower width.
   */
  overlaid: HostSummary;
  /** Overlaid against no extension. */
  overlaidRatio: number;
  /**
   * No extension, in a window narrower by the panel's width: the page laid out as wide as the push leaves it. Against
   * no extension, that is what the push costs by itself; the default layout against it, what the extension adds.
   */
  narrow: HostSummary;
  narrowRatio: number;
  withOverNarrowRatio: number;
  /** 90 % bootstrap interval of each ratio above (stats.ts): what this run can tell apart. */
  intervals: Record<'idle' | 'overlaid' | 'narrow' | 'withOverNarrow', [number, number]>;
  /**
   * From `loads` traced loads with the extension, summed: the host page's long tasks the extension caused (over 50 ms
   * only with its script; `longestMs` is the longest of those), the ones that merely ran some extension code (a
   * MutationObserver callback inside the host's own render), and how much extension script those held;
   * `extensionScriptMs` is the median per load of all extension script on the host's main thread.
   */
  attributed: { loads: number; longTasks: number; longestMs: number; extensionScriptMs: number; hostLongTasks: number; ranExtension: number; extensionMsInLongTasks: number };
}

/**
 * Loads per arm and system; 12, as a load on this shared 2-core machine varies by ±20 %: a median of 9 still moved a
 * ratio by 5 % from one run to the next (BENCH_HOST_RUNS overrides).
 */
const RUNS = Number(process.env.BENCH_HOST_RUNS ?? 12);
/** Traced loads per system for the attribution of long tasks (BENCH_TRACED_LOADS overrides). */
const TRACED_LOADS = Number(process.env.BENCH_TRACED_LOADS ?? 3);
const QUIET_MS = 1000;
const MAX_WAIT_MS = 12_000;

/**
 * Added to every page of both browsers: long tasks and long animation frames of the top frame (same-origin iframes
 * report into it). A string, not a function: tsx may wrap inner functions in a `__name` helper the page does not have.
 */
const LONG_TASK_RECORDER = `(() => {
  if (window !== window.top) return;
  const lt = (window.__enPlanLongTasks = []);
  const lf = (window.__enPlanLongFrames = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) lt.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) lf.push([e.startTime, e.duration, e.blockingDuration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {
    /* no long task API: the run reports none */
  }
})();`;

async function snapshot(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __enPlanLongTasks?: [number, number][]; __enPlanLongFrames?: [number, number, number][] };
    const lt = (w.__enPlanLongTasks ?? []).slice();
    const lf = (w.__enPlanLongFrames ?? []).slice();
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // The panel frame is the extension's own process and load; the host page's network is what counts here.
    // Nor is the browser's own favicon request, made once the whole tab (panel frame included) has stopped loading.
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => !r.name.startsWith('chrome-extension:') && !(r.initiatorType === 'other' && new URL(r.name).pathname === '/favicon.ico'),
    );
    return {
      now: performance.now(),
      dcl: nav?.domContentLoadedEventEnd ?? 0,
      load: nav?.loadEventEnd ?? 0,
      lastResponse: Math.max(0, ...res.map((r) => r.responseEnd)),
      lt,
      lf,
    };
  });
}

/** Loads the page and waits until it has been quiet (no long task, no response, load done) for QUIET_MS. */
async function loadToIdle(context: BrowserContext, url: string): Promise<HostRun> {
  await waitForQuietCpu();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const started = Date.now();
    for (;;) {
      await sleep(250);
      const s = await snapshot(page);
      const lastLongTask = Math.max(0, ...s.lt.map(([start, d]) => start + d));
      const blocking = s.lf.filter(([, , b]) => b > 0);
      const idleLongTasks = Math.max(s.load, s.lastResponse, lastLongTask);
      const idle = Math.max(idleLongTasks, ...blocking.map(([start, d]) => start + d));
      if ((s.load > 0 && s.now - idle >= QUIET_MS) || Date.now() - started > MAX_WAIT_MS) {
        return {
          dclMs: s.dcl,
          loadMs: s.load,
          idleMs: idle,
          idleLongTasksMs: idleLongTasks,
          tbtMs: sum(blocking.map(([, , b]) => b)),
          longTasks: s.lt.length,
        };
      }
    }
  } finally {
    await page.close();
  }
}

const summarise = (runs: HostRun[]): HostSummary => ({
  idleMs: median(runs.map((r) => r.idleMs)),
  idleLongTasksMs: median(runs.map((r) => r.idleLongTasksMs)),
  tbtMs: median(runs.map((r) => r.tbtMs)),
  longTasks: median(runs.map((r) => r.longTasks)),
  loadMs: median(runs.map((r) => r.loadMs)),
});

/**
 * Host page overhead on the largest page of each demo system (Test Stor, 1,000 rows): the same Chromium with and
 * without the extension, interleaved run by run (the order alternates), after one unmeasured warm-up load each.
 */
export async function measureHostOverhead(browsers: Browsers, urls: Record<SystemKey, string>): Promise<HostOverheadRow[]> {
  const arms = [browsers.plain, browsers.ext, browsers.overlaid, browsers.narrow];
  for (const c of arms) await c.addInitScript(LONG_TASK_RECORDER);
  const pages = largePages(urls);
  const out: HostOverheadRow[] = [];
  for (const system of SYSTEMS) {
    const url = pages[system];
    for (const c of arms) await loadToIdle(c, url);
    const runs = new Map<BrowserContext, HostRun[]>(arms.map((c) => [c, []]));
    for (let i = 0; i < RUNS; i++) for (const c of i % 2 === 0 ? arms : [...arms].reverse()) runs.get(c)!.push(await loadToIdle(c, url));
    const idles = (c: BrowserContext) => runs.get(c)!.map((r) => r.idleMs);
    const paired = (a: BrowserContext, b: BrowserContext) => pairedRatio(idles(a), idles(b));
    const [ext, overlaid, narrow, extNarrow] = [
      paired(browsers.ext, browsers.plain),
      paired(browsers.overlaid, browsers.plain),
      paired(browsers.narrow, browsers.plain),
      paired(browsers.ext, browsers.narrow),
    ];
    const attributed = await traceAttribution(browsers.ext, url, new URL(url).origin);
    const row: HostOverheadRow = {
      system,
      url,
      runs: RUNS,
      without: summarise(runs.get(browsers.plain)!),
      with: summarise(runs.get(browsers.ext)!),
      idleRatio: ext.ratio,
      idleRatioOfMedians: ratio(median(idles(browsers.ext)), median(idles(browsers.plain))),
      overlaid: summarise(runs.get(browsers.overlaid)!),
      overlaidRatio: overlaid.ratio,
      narrow: summarise(runs.get(browsers.narrow)!),
      narrowRatio: narrow.ratio,
      withOverNarrowRatio: extNarrow.ratio,
      intervals: {
        idle: ext.interval,
        overlaid: overlaid.interval,
        narrow: narrow.interval,
        withOverNarrow: extNarrow.interval,
      },
      attributed,
    };
    log(`host overhead ${system}: idle ${row.without.idleMs.toFixed(0)} → ${row.with.idleMs.toFixed(0)} ms (×${row.idleRatio.toFixed(3)}, 90 % interval ${row.intervals.idle.map((x) => x.toFixed(3)).join('-')}, ratio of medians ×${row.idleRatioOfMedians.toFixed(3)}; overlaid ${row.overlaid.idleMs.toFixed(0)} ms, ×${row.overlaidRatio.toFixed(3)}; no extension in a window as narrow as the push leaves ${row.narrow.idleMs.toFixed(0)} ms, ×${row.narrowRatio.toFixed(3)}, with / that ×${row.withOverNarrowRatio.toFixed(3)}; long tasks only: ${row.without.idleLongTasksMs.toFixed(0)} → ${row.with.idleLongTasksMs.toFixed(0)} ms, overlaid ${row.overlaid.idleLongTasksMs.toFixed(0)} ms), blocking ${row.without.tbtMs.toFixed(0)} → ${row.with.tbtMs.toFixed(0)} ms, extension long tasks ${attributed.longTasks} (longest ${attributed.longestMs.toFixed(0)} ms; ${attributed.ranExtension} of the host's long tasks ran ${attributed.extensionMsInLongTasks.toFixed(1)} ms of its script in all)`);
    // Every load, round by round, so a ratio can be checked (or computed another way) from the log.
    for (const [name, c] of [['without', browsers.plain], ['with', browsers.ext], ['overlaid', browsers.overlaid], ['narrow', browsers.narrow]] as const) {
      log(`  ${system} ${name}: ${idles(c).map((x) => x.toFixed(1)).join(' ')}`);
    }
    out.push(row);
  }
  return out;
}

/**
 * Extra traced loads with the extension: which host long tasks ran extension script, and how much it ran. Several,
 * since whether the reader's one evaluation task crosses 50 ms depends on what else the CPU is doing at that moment.
 */
async function traceAttribution(context: BrowserContext, url: string, origin: string): Promise<HostOverheadRow['attributed']> {
  const sum: HostOverheadRow['attributed'] = { loads: 0, longTasks: 0, longestMs: 0, extensionScriptMs: 0, hostLongTasks: 0, ranExtension: 0, extensionMsInLongTasks: 0 };
  const scriptMs: number[] = [];
  for (let i = 0; i < TRACED_LOADS; i++) {
    await waitForQuietCpu();
    const page = await context.newPage();
    try {
      const trace = await startTrace(context, page);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await sleep(2500);
      const a = attributeTasks(await trace.stop(), origin);
      const caused = a.longTasks.filter((t) => t.caused);
      const ran = a.longTasks.filter((t) => t.extension);
      sum.loads++;
      sum.longTasks += caused.length;
      sum.longestMs = Math.max(sum.longestMs, ...caused.map((t) => t.ms));
      sum.hostLongTasks += a.longTasks.length;
      sum.ranExtension += ran.length;
      sum.extensionMsInLongTasks += ran.reduce((n, t) => n + t.extensionMs, 0);
      scriptMs.push(a.extensionScriptMs);
    } finally {
      await page.close();
    }
  }
  return { ...sum, extensionScriptMs: median(scriptMs) };
}
