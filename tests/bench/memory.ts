import { chromium, type BrowserContext, type CDPSession, type Frame, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, VIEWPORT, chromiumPath, extensionArgs } from '../e2e/chromium';
import { EXTENSION_DIR, panelFrame } from '../e2e/fixtures';
import { SYSTEMS, largePages, launchPlain, log, median, sleep, type SystemKey } from './util';

/** Rows of Test Stor per system for this part: 4 systems × 2,500 = 10,000 records through the real pipeline. */
export const MEMORY_ROWS = 2500;

export interface MemoryResult {
  records: number;
  /**
   * Service worker JS heap (after a forced GC). Storing the last page's records is not the end of the worker's work:
   * flag detection for the citizen and the panels' views each read all of Test Stor's records again, and a read in
   * flight holds its rows. So besides the fresh start: the heap when the last record is stored, the highest sample
   * taken during the ingest and that follow-up work, and the heap once the worker is idle (what it keeps).
   */
  background: {
    freshBytes: number;
    storedBytes: number;
    peakBytes: number;
    /** Median of three after-GC samples once the heap stopped changing (SETTLE_SAMPLES), i.e. what stays held. */
    afterBytes: number;
    /** From the last record stored until settled; `settled` false when SETTLE_TIMEOUT_MS ran out first. */
    settleMs: number;
    settled: boolean;
    samples: number;
  };
  /** The host tab's JS heap (page + content script: one V8 isolate), with and without the extension, after GC. */
  tab: { url: string; withBytes: number; withoutBytes: number };
  /** The panel frame (its own extension process) showing Test Stor with all the records. */
  panelBytes: number;
}

/** The worker counts as idle when this many after-GC samples, one a second, stay within SETTLE_TOLERANCE of each other. */
const SETTLE_SAMPLES = 6;
const SETTLE_TOLERANCE = (bytes: number) => Math.max(100_000, bytes * 0.02);
const SETTLE_TIMEOUT_MS = 120_000;

async function heap(cdp: CDPSession): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    samples.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return median(samples);
}

/** A DevTools session on the extension's service worker (Playwright exposes none), through the browser endpoint. */
async function workerSession(userDataDir: string) {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
    if (!target) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let id = 0;
    const pending = new Map<number, (v: { result?: Record<string, unknown>; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
      if (m.id !== undefined) pending.get(m.id)?.(m);
    });
    const call = (method: string) =>
      new Promise<{ result?: Record<string, unknown> }>((resolve) => {
        const i = ++id;
        pending.set(i, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params: {} }) });
      });
    const sample = async () => {
      await call('HeapProfiler.collectGarbage');
      return Number((await call('Runtime.getHeapUsage')).result?.usedSize);
    };
    return {
      sample,
      /** Median of three after-GC samples. */
      heap: async () => median([await sample(), await sample(), await sample()]),
      close: async () => {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        await browser.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

async function launchWithDevtools(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_FLAGS, ...extensionArgs(EXTENSION_DIR), '--remote-debugging-port=0'],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    for (let i = 0; i < 200 && !(await scripting.getRegisteredContentScripts()).length; i++) await new Promise((r) => setTimeout(r, 25));
  });
  return context;
}

const recordCount = (context: BrowserContext) =>
  context.serviceWorkers()[0]!.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('records', 'readonly').objectStore('records').count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

/**
 * JS heap of the background and of a tab after 10,000 records went through the real pipeline: Test Stor's pages in
 * the four systems (demo systems serving MEMORY_ROWS rows) read by the content script and ingested by the worker.
 */
export async function measureMemory(urls: Record<SystemKey, string>): Promise<MemoryResult> {
  const pages = largePages(urls);
  const extDir = mkdtempSync(join(tmpdir(), 'en-plan-bench-mem-'));
  const plainDir = mkdtempSync(join(tmpdir(), 'en-plan-bench-mem-plain-'));
  const ext = await launchWithDevtools(extDir);
  try {
    await sleep(1000);
    const worker = await workerSession(extDir);
    let freshBytes: number, storedBytes: number, afterBytes: number, peakBytes: number;
    let records = 0;
    let samples = 0;
    let settled = false;
    let settleMs: number;
    const open: Page[] = [];
    try {
      freshBytes = await worker.heap();
      peakBytes = freshBytes;
      const sample = async () => {
        const bytes = await worker.sample();
        samples++;
        peakBytes = Math.max(peakBytes, bytes);
        return bytes;
      };
      // Sampled while the pages load too: the worker ingests a page's report while the next page is loading.
      const loading = (async () => {
        for (const system of SYSTEMS) {
          const page = await ext.newPage();
          await page.goto(pages[system], { waitUntil: 'load', timeout: 120_000 });
          open.push(page);
        }
      })();
      let loaded = false;
      void loading.then(() => (loaded = true), () => (loaded = true));
      while (!loaded) {
        await sample();
        await sleep(500);
      }
      await loading;
      // Until the store holds the four pages' records (or stops growing for 10 s).
      let stableSince = Date.now();
      for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
        const n = await recordCount(ext);
        if (n !== records) stableSince = Date.now();
        records = n;
        if (records >= SYSTEMS.length * MEMORY_ROWS || Date.now() - stableSince > 10_000) break;
        await sample();
        await sleep(500);
      }
      const stored = Date.now();
      await sleep(1000);
      storedBytes = await worker.heap();
      peakBytes = Math.max(peakBytes, storedBytes);
      // Until the worker is idle: its heap no longer changes, every read of the follow-up work answered and dropped.
      const recent: number[] = [];
      while (Date.now() - stored < SETTLE_TIMEOUT_MS) {
        recent.push(await sample());
        if (recent.length > SETTLE_SAMPLES) recent.shift();
        if (recent.length === SETTLE_SAMPLES && Math.max(...recent) - Math.min(...recent) <= SETTLE_TOLERANCE(Math.min(...recent))) {
          settled = true;
          break;
        }
        await sleep(1000);
      }
      settleMs = Date.now() - stored;
      afterBytes = await worker.heap();
    } finally {
      await worker.close();
    }
    const tabPage = open[0]!;
    const tabCdp = await ext.newCDPSession(tabPage);
    const withBytes = await heap(tabCdp);
    const panel: Frame = await panelFrame(tabPage);
    await panel.waitForSelector('[data-testid="section-flags"]', { timeout: 60_000 }).catch(() => undefined);
    const panelCdp = await ext.newCDPSession(panel);
    const panelBytes = await heap(panelCdp);

    const plain = await launchPlain(plainDir);
    let withoutBytes = NaN;
    try {
      const page = await plain.newPage();
      await page.goto(pages.job, { waitUntil: 'load', timeout: 120_000 });
      await sleep(1000);
      withoutBytes = await heap(await plain.newCDPSession(page));
    } finally {
      await plain.close();
    }
    const result = { records, background: { freshBytes, storedBytes, peakBytes, afterBytes, settleMs, settled, samples }, tab: { url: pages.job, withBytes, withoutBytes }, panelBytes };
    log(`memory: ${records} records; worker ${(freshBytes / 1e6).toFixed(1)} → ${(storedBytes / 1e6).toFixed(1)} MB when stored (highest ${(peakBytes / 1e6).toFixed(1)} MB of ${samples} samples) → ${(afterBytes / 1e6).toFixed(1)} MB ${settled ? 'idle' : 'NOT idle'} after ${(settleMs / 1000).toFixed(0)} s; tab ${(withoutBytes / 1e6).toFixed(1)} → ${(withBytes / 1e6).toFixed(1)} MB; panel ${(panelBytes / 1e6).toFixed(1)} MB`);
    return result;
  } finally {
    await ext.close();
    rmSync(extDir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}
