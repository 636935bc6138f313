import type { BrowserContext } from '@playwright/test';
import { log, median, ratio, sleep, type Browsers, type SystemKey } from './util';

export interface MutationRow {
  page: string;
  url: string;
  runs: number;
  /** The page's own work loop (1,000 text changes per animation frame), summed over the run. */
  loopMs: { without: number; with: number; ratio: number };
  /** All script on the page's renderer main thread (CDP Performance ScriptDuration): page + content script. */
  scriptMs: { without: number; with: number; ratio: number };
  frames: { without: number; with: number };
}

const DURATION_MS = 5000;
const CHANGES_PER_FRAME = 1000;
const RUNS = 3;

interface Run {
  loopMs: number;
  scriptMs: number;
  frames: number;
}

async function mutate(context: BrowserContext, url: string, waitForPanel: boolean): Promise<Run> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Both browsers get the same settling time; with the extension the panel (and so the reader) must be up.
    if (waitForPanel) await page.waitForSelector('en-plan-panel', { state: 'attached', timeout: 30_000 });
    await sleep(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    };
    const before = await script();
    const result = (await page.evaluate(`new Promise((resolve) => {
      const duration = ${DURATION_MS};
      const changes = ${CHANGES_PER_FRAME};
      const box = document.createElement('div');
      box.setAttribute('aria-hidden', 'true');
      const nodes = [];
      for (let i = 0; i < changes; i++) {
        const span = document.createElement('span');
        const text = document.createTextNode('0');
        span.append(text, ' ');
        nodes.push(text);
        box.append(span);
      }
      document.body.append(box);
      let loopMs = 0;
      let frames = 0;
      const end = performance.now() + duration;
      const step = () => {
        const t0 = performance.now();
        for (let i = 0; i < nodes.length; i++) nodes[i].data = String(frames * changes + i);
        loopMs += performance.now() - t0;
        frames++;
        if (performance.now() < end) requestAnimationFrame(step);
        else resolve({ loopMs, frames });
      };
      requestAnimationFrame(step);
    })`)) as { loopMs: number; frames: number };
    const scriptMs = (await script()) - before;
    await cdp.detach();
    return { ...result, scriptMs };
  } finally {
    await page.close();
  }
}

/**
 * MutationObserver cost: a page that changes 1,000 text nodes every animation frame for 5 s, with and without the
 * extension (interleaved). On a small persona page and on the 1,000-row page, where each re-read is expensive.
 */
export async function measureMutation(browsers: Browsers, urls: Record<SystemKey, string>): Promise<MutationRow[]> {
  const cases = [
    { page: 'JobSag, Trine Hansen (small page)', url: `${urls.job}/borger/100001` },
    { page: 'JobSag, Test Stor (1,000 rows)', url: `${urls.job}/borger/100006/indsatser?pr_side=5000` },
  ];
  const out: MutationRow[] = [];
  for (const c of cases) {
    const without: Run[] = [];
    const withExt: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (i % 2 === 0) {
        without.push(await mutate(browsers.plain, c.url, false));
        withExt.push(await mutate(browsers.ext, c.url, true));
      } else {
        withExt.push(await mutate(browsers.ext, c.url, true));
        without.push(await mutate(browsers.plain, c.url, false));
      }
    }
    const m = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
    const row: MutationRow = {
      ...c,
      runs: RUNS,
      loopMs: { without: m(without, 'loopMs'), with: m(withExt, 'loopMs'), ratio: median(withExt.map((r, i) => ratio(r.loopMs, without[i]!.loopMs))) },
      scriptMs: { without: m(without, 'scriptMs'), with: m(withExt, 'scriptMs'), ratio: median(withExt.map((r, i) => ratio(r.scriptMs, without[i]!.scriptMs))) },
      frames: { without: m(without, 'frames'), with: m(withExt, 'frames') },
    };
    log(`mutation ${c.page}: loop ×${row.loopMs.ratio.toFixed(3)}, script ×${row.scriptMs.ratio.toFixed(3)}, frames ${row.frames.without} → ${row.frames.with}`);
    out.push(row);
  }
  return out;
}
