import { browser } from 'wxt/browser';
import { detectPage, extractPage } from '@/lib/adapters/extract';
import { nextPageUrl } from '@/lib/adapters/next-page';
import type { AdapterSpec } from '@/lib/adapters/spec';
import type { MorePagesResult, ToContentMessage } from '@/lib/messages/to-content';
import { sendReport } from './send-report';

/** Further pages read per request: a 5,000-row list at 10 a page is read in parts, each asked for. */
const MAX_PAGES = 20;

/**
 * Reads the pages after this one of a paginated list, only when the caseworker asks in the panel. Each page is fetched
 * with the caseworker's own session (same origin, as their browser would), parsed without running its scripts, read
 * by the same adapter and sent like any page report.
 */
export function startMorePagesReader(adapter: AdapterSpec, signal: AbortSignal) {
  // Answered through sendResponse, not a returned promise: content scripts use the browser's own API, not the
  // polyfill (wxt.config.ts), and Chrome's own onMessage does not wait for a returned promise.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if ((message as ToContentMessage).type !== 'read-next-pages') return undefined;
    void readFollowingPages(adapter).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

/** Where the last request stopped (after MAX_PAGES), so the next one reads on instead of starting over. */
let continueAt: string | undefined;

function nextOf(adapter: AdapterSpec, doc: Document, url: string): string | undefined {
  const page = detectPage(adapter, doc, new URL(url));
  return page && nextPageUrl(page, doc, url);
}

async function readFollowingPages(adapter: AdapterSpec): Promise<MorePagesResult> {
  let next = continueAt ?? nextOf(adapter, document, location.href);
  continueAt = undefined;
  let pages = 0;
  let records = 0;
  while (next) {
    if (pages === MAX_PAGES) {
      continueAt = next;
      return { pages, records, more: true };
    }
    const url: string = next;
    let doc: Document;
    try {
      const response = await fetch(url, { credentials: 'include' });
      if (!response.ok) return { pages, records, more: true, error: `HTTP ${response.status}` };
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch (error) {
      return { pages, records, more: true, error: String(error).slice(0, 200) };
    }
    const page = detectPage(adapter, doc, new URL(url));
    if (!page) return { pages, records, more: false, error: 'not a page this adapter knows' };
    const report = extractPage({ spec: adapter, page, doc, url, now: new Date().toISOString() });
    await sendReport({ frameUrl: url, report, followed: true });
    pages++;
    records += report.records.length;
    next = report.nextPage;
  }
  return { pages, records, more: false };
}
