import { browser } from 'wxt/browser';
import { detectPage, extractPageSteps, readCitizen } from '@/lib/adapters/extract';
import { pageFingerprintSteps } from '@/lib/adapters/fingerprint';
import type { AdapterSpec, PageSpec } from '@/lib/adapters/spec';
import { MAX_ELEMENTS } from './limits';
import { runInSlices } from './slices';
import { sendReport } from './send-report';
import { watchPage } from './page-watch';

/** One slice of the full read; far below the 50 ms of a long task even with a cold JIT. */
const SLICE_MS = 10;
/** A page that changes on every read is still read: after this many tries the last read is sent as it is. */
const MAX_UNSTABLE_READS = 3;

/**
 * Reads the page at once (the reader is injected only once the host page has loaded and settled: host-settled.ts),
 * and again whenever what the adapter reads changes (late-loaded data, client-side navigation). Who the page is about
 * goes to the background first (`page-identity`, a few querySelector calls), so the panel can show what it already
 * knows; the full read follows in slices that never hold the host's main thread for long, and only when the page's
 * fingerprint says there is something new to read: new since this reader's last read, or since the page was last
 * read in full in any tab (lib/service/page-reads.ts).
 */
export function startPageReader(adapter: AdapterSpec, signal: AbortSignal) {
  let lastNone = '';
  let identifiedBefore = false;
  let lastIdentity = '';
  let lastFingerprint = '';
  let unstable = 0;
  let reading = false;
  let again = false;

  const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);

  const none = () => {
    lastFingerprint = '';
    lastIdentity = '';
    if (lastNone !== location.href) send({ type: 'page-none', frameUrl: location.href });
    lastNone = location.href;
  };

  /** The page type and its citizen: cheap, so done before the full read and on every change. */
  const identify = (): PageSpec | undefined => {
    if (document.getElementsByTagName('*').length > MAX_ELEMENTS) return void none();
    const page = detectPage(adapter, document, new URL(location.href));
    if (!page) return void none();
    lastNone = '';
    if (page.citizen !== false) {
      const citizen = readCitizen(adapter, document).ref;
      const key = citizen ? JSON.stringify([location.href, page.type, citizen]) : '';
      if (citizen && key !== lastIdentity) {
        // Only the page as it loads: the tab's panel draws the first view (sent to it by the background) until its
        // own page has painted, which it has by the time of a later change.
        void send({ type: 'page-identity', frameUrl: location.href, pageType: page.type, citizen, firstView: !identifiedBefore });
        identifiedBefore = true;
      }
      lastIdentity = key;
    }
    return page;
  };

  const fingerprint = (page: PageSpec, url: string) => runInSlices(pageFingerprintSteps(adapter, page, document, url), SLICE_MS, signal);

  const readOnce = async () => {
    const page = identify();
    if (!page) return watcher.watch(undefined);
    watcher.watch(page);
    const url = location.href;
    const before = await fingerprint(page, url);
    if (before === undefined || before === lastFingerprint) return;
    if ((await send({ type: 'page-unchanged', frameUrl: url, fingerprint: before })) === true) {
      lastFingerprint = before;
      unstable = 0;
      return;
    }
    if (signal.aborted) return;
    const report = await runInSlices(extractPageSteps({ spec: adapter, page, doc: document, url, now: new Date().toISOString() }), SLICE_MS, signal);
    if (!report || signal.aborted) return;
    // The host ran between the slices: a report must be one picture of the page, not half of two. A page that never
    // holds still is sent as read after a few tries (its rows are each read whole, within one slice).
    const stable = location.href === url && (await fingerprint(page, url)) === before;
    if (!stable && ++unstable < MAX_UNSTABLE_READS) return void (again = true);
    if (signal.aborted) return;
    unstable = 0;
    lastFingerprint = before;
    // Awaited, so a report of the page's next state never overtakes this one.
    await sendReport({ frameUrl: url, report, ...(stable ? { fingerprint: before } : {}) }).catch(() => undefined);
  };

  const read = async () => {
    if (reading) return void (again = true);
    reading = true;
    try {
      do {
        again = false;
        await readOnce();
      } while (again && !signal.aborted);
    } catch (error) {
      // Never throw into the host page; the adapter tests are where failures get loud.
      console.debug('[Én plan] could not read page', error);
    } finally {
      reading = false;
    }
  };

  const watcher = watchPage(adapter, () => void read(), signal);
  watcher.start();
  void read();
}
