import { adapterById } from '@/lib/adapters/registry';
import { configuredSystems } from '@/lib/config/systems';
import { startPageReader } from './content/page-reader';
import { startFormGuard } from './content/form-guard';
import { startMorePagesReader } from './content/more-pages';

/**
 * Reads the page (content/page-reader.ts), guards its request forms and reads further pages of a list on request.
 * Every frame of a configured system's page, since a case may be shown in an iframe.
 */
export default defineContentScript({
  // Registered at run time by the background with the same runAt (entrypoints/background/content-scripts.ts).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  // Once the page's DOM is there and it has had its first turn (Chrome runs idle scripts after DOMContentLoaded, by
  // the load event at the latest): compiling the adapters then holds up neither the host's parser nor its
  // DOMContentLoaded handlers. The panel's place and the first view are content/index.ts, at document_start.
  runAt: 'document_idle',
  async main(ctx) {
    const system = (await configuredSystems()).find((s) => s.origin === location.origin);
    const adapter = adapterById(system?.adapterId);
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    startPageReader(adapter, signal);
    startMorePagesReader(adapter, signal);
    if (adapter.requestForm) startFormGuard(adapter, adapter.requestForm, signal);
  },
});
