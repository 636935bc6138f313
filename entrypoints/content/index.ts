import { browser } from 'wxt/browser';
import { adapterById } from '@/lib/adapters/registry';
import { configuredSystems } from '@/lib/config/systems';
import type { ToContentMessage } from '@/lib/messages/to-content';
import { mountPanel, readPanelLayout } from './panel-host';
import { startPageReader } from './page-reader';
import { startFormGuard } from './form-guard';
import { startMorePagesReader } from './more-pages';
import { yieldToHost } from './slices';

export default defineContentScript({
  // Registered at run time by the background, only for the case systems the user configured (no <all_urls>).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  // document_start, so the panel makes its room before the host page is first laid out and loads alongside it
  // (panel-host.ts). Reading waits for the parsed DOM, and the full read for the host's load (page-reader.ts).
  // The background registers the script with the same runAt (entrypoints/background/content-scripts.ts).
  runAt: 'document_start',
  async main(ctx) {
    // One panel per tab: frames of the same system report to it through the background.
    const top = window === window.top;
    const layout = top ? readPanelLayout() : undefined;
    // Asked at once, before the DOM names anyone: the store may know whom this address shows (page-citizens.ts).
    // The script runs only on configured systems' pages (registered for them alone), so this need not wait.
    const guess = top ? browser.runtime.sendMessage({ type: 'page-open', frameUrl: location.href }).catch(() => undefined) : undefined;
    const system = (await configuredSystems()).find((s) => s.origin === location.origin);
    const adapter = adapterById(system?.adapterId);
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;

    const panel = layout && mountPanel(await layout, (dispose) => signal.addEventListener('abort', dispose));
    if (panel) {
      void guess?.then((view) => panel.showFirstView(view, { guess: true }));
      const onMessage = (message: unknown) => {
        const m = message as ToContentMessage;
        if (m.type === 'layout') panel.applyLayout(m.layout);
        if (m.type === 'panel-painted') panel.painted(m);
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    }

    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // A task of our own, not the host's DOMContentLoaded event (whatever we do there delays its end); ahead of the
    // host's queued tasks, as what comes first is only the page's identity (a few selectors) for the first view.
    await yieldToHost('user-blocking');
    if (signal.aborted) return;
    startPageReader(adapter, signal, panel);
    startMorePagesReader(adapter, signal);
    if (adapter.requestForm) startFormGuard(adapter, adapter.requestForm, signal);
  },
});
