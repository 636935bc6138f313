import { browser } from 'wxt/browser';
import { adapterById } from '@/lib/adapters/registry';
import { configuredSystems } from '@/lib/config/systems';
import type { ToContentMessage } from '@/lib/messages/to-content';
import { mountPanel } from './panel-host';
import { startPageReader } from './page-reader';
import { startFormGuard } from './form-guard';

export default defineContentScript({
  // Registered at run time by the background, only for the case systems the user configured (no <all_urls>).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const system = (await configuredSystems()).find((s) => s.origin === location.origin);
    const adapter = adapterById(system?.adapterId);
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;

    startPageReader(adapter, signal);
    if (adapter.requestForm) startFormGuard(adapter, adapter.requestForm, signal);
    // One panel per tab: frames of the same system report to it through the background.
    if (window !== window.top) return;
    const applyLayout = await mountPanel((dispose) => signal.addEventListener('abort', dispose));
    const onMessage = (message: unknown) => {
      const m = message as ToContentMessage;
      if (m.type === 'layout') applyLayout({ collapsed: m.collapsed, width: m.width });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
});
