import { browser } from 'wxt/browser';
import type { ToContentMessage } from '@/lib/messages/to-content';
import { hostSettled } from './host-settled';
import { readPanelLayout } from '@/lib/config/panel-layout';
import { mountPanel } from './panel-host';

/**
 * The panel's place on the page, and what the store knows of the page's citizen drawn there at once (the first view).
 * Kept small on purpose: it runs at document_start, ahead of the host page's own parsing, and every kilobyte here is
 * compiled while the host waits (the adapters, 60 kB, held the host's parser back 35-50 ms).
 *
 * Reading the page is reader.content.ts, which the background injects into each frame once that frame has loaded and
 * settled (host-settled.ts). Not a content script of its own at document_end or document_idle: Chrome holds a page's
 * load event until such a script has run, and posts it behind the page's first layout, so the host's load event
 * waited for its whole first layout and paint (JobSag's 1,000-row table: 200-350 ms after DOMContentLoaded, against
 * 20-60 ms without us). Nor right at the load event: compiling the reader then delayed SundhedsPortalen's render of the
 * data it fetches on load by about 80 ms.
 */
export default defineContentScript({
  // Registered at run time by the background, for the configured systems' pages only (no <all_urls>), in every
  // frame, since a case may be shown in an iframe: entrypoints/background/content-scripts.ts, with the same runAt.
  registration: 'runtime',
  // WXT's default also posts the host page's window a message on start; a page's careless message listener would
  // take it for one of its own (tests/e2e/reliability-hostile-pages.spec.ts).
  noScriptStartedPostMessage: true,
  matches: [],
  allFrames: true,
  // document_start, so the panel makes its room before the host page is first laid out (panel-host.ts).
  runAt: 'document_start',
  main(ctx) {
    void hostSettled().then(() => ctx.isValid && browser.runtime.sendMessage({ type: 'page-loaded' }).catch(() => undefined));
    if (window !== window.top) return;
    // Asked at once, before the DOM names anyone: the store may know whom this address shows (page-citizens.ts). The
    // answer comes while the host parses, and the host renders a frame of what it has parsed so far: a large table is
    // laid out twice (BENCHMARKS.md, section 1). That frame is also what shows the flags before the page's whole first
    // layout (section 3), so it is asked all the same.
    const guess = browser.runtime.sendMessage({ type: 'page-open', frameUrl: location.href }).catch(() => undefined);
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    const panel = mountPanel(readPanelLayout(), (dispose) => signal.addEventListener('abort', dispose));
    void guess.then((view) => panel.showFirstView(view, { guess: true }));
    const onMessage = (message: unknown) => {
      const m = message as ToContentMessage;
      if (m.type === 'layout') panel.applyLayout(m.layout);
      if (m.type === 'panel-painted') panel.painted(m);
      // From the page's own identity (any frame of the tab), read once its DOM was there: replaces a guess.
      if (m.type === 'first-view') panel.showFirstView(m.view);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
});
