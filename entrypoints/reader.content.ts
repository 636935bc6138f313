import { browser } from 'wxt/browser';
import type { AdapterSpec } from '@/lib/adapters/spec';
import { startPageReader } from './content/page-reader';
import { startFormGuard } from './content/form-guard';
import { startMorePagesReader } from './content/more-pages';

/**
 * Reads the page (content/page-reader.ts), guards its request forms and reads further pages of a list on request.
 * Injected by the background into each frame of a configured system's page once that frame has loaded and settled
 * (content/index.ts says why not sooner). Its adapter comes from the background, not bundled: the adapters of every
 * system were a third of this script, which the host page compiles in one task.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT's default also posts the host page's window a message on start; a page's careless message listener would
  // take it for one of its own (tests/e2e/reliability-hostile-pages.spec.ts).
  noScriptStartedPostMessage: true,
  matches: [],
  async main(ctx) {
    const adapter = (await browser.runtime.sendMessage({ type: 'reader-adapter' }).catch(() => undefined)) as AdapterSpec | undefined;
    if (!adapter || !ctx.isValid) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    startPageReader(adapter, signal);
    startMorePagesReader(adapter, signal);
    if (adapter.requestForm) startFormGuard(adapter, adapter.requestForm, signal);
  },
});
