import { browser } from 'wxt/browser';
import { detectPage, extractPage } from '@/lib/adapters/extract';
import type { AdapterSpec } from '@/lib/adapters/spec';

/**
 * Reads the page now and again whenever it changes (late-loaded data, client-side navigation). The observer is
 * debounced, backs off when the page mutates constantly, and sleeps when the page is idle.
 */
const QUIET_MS = 120;
const MAX_DELAY_MS = 3000;
const IDLE_MS = 15000;
/** Pages larger than this are not read (the DOM walk would be felt); the panel says so. */
export const MAX_ELEMENTS = 60000;

export function startPageReader(adapter: AdapterSpec, signal: AbortSignal) {
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let delay = QUIET_MS;
  let batches = 0;
  let windowStart = performance.now();

  const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);

  const read = () => {
    timer = undefined;
    try {
      if (document.getElementsByTagName('*').length > MAX_ELEMENTS) {
        return void send({ type: 'page-none', frameUrl: location.href });
      }
      const url = new URL(location.href);
      const page = detectPage(adapter, document, url);
      if (!page) {
        const key = `none|${location.href}`;
        if (key !== lastSent) send({ type: 'page-none', frameUrl: location.href });
        lastSent = key;
        return;
      }
      const report = extractPage({ spec: adapter, page, doc: document, url: location.href, now: new Date().toISOString() });
      // Send only what changed: the same page re-rendered must not cost an ingest.
      const key = JSON.stringify([location.href, report.records.map((r) => ({ ...r, provenance: 0 })), report.errors]);
      if (key === lastSent) return;
      lastSent = key;
      send({ type: 'page-report', frameUrl: location.href, report });
    } catch (error) {
      // Never throw into the host page; the adapter tests are where failures get loud.
      console.debug('[Én plan] could not read page', error);
    }
  };

  const schedule = () => {
    const now = performance.now();
    if (now - windowStart > 1000) {
      // More than 50 mutation batches a second means an animating or flooding page: read it less often.
      delay = batches > 50 ? Math.min(delay * 2, MAX_DELAY_MS) : QUIET_MS;
      batches = 0;
      windowStart = now;
    }
    batches++;
    if (timer === undefined) timer = setTimeout(read, delay);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(sleep, IDLE_MS);
  };

  const observer = new MutationObserver(schedule);
  const wake = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    schedule();
  };
  const sleep = () => observer.disconnect();

  // A sleeping observer wakes on what precedes most page changes: input and history navigation.
  for (const type of ['click', 'keydown', 'popstate', 'submit'] as const) {
    window.addEventListener(type, wake, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(idleTimer);
  });
  wake();
  read();
  return { readNow: read };
}
