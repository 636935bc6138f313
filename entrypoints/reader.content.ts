import { adapterById } from '@/lib/adapters/registry';
import { configuredSystems } from '@/lib/config/systems';
import { startPageReader } from './content/page-reader';
import { startFormGuard } from './content/form-guard';
import { startMorePagesReader } from './content/more-pages';
import { yieldToHost } from './content/slices';

/**
 * Reads the page (content/page-reader.ts), guards its request forms and reads further pages of a list on request.
 * Every frame of a configured system's page, since a case may be shown in an iframe.
 */
export default defineContentScript({
  // Registered at run time by the background with the same runAt (entrypoints/background/content-scripts.ts).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  // Once the page's DOM is there: compiling the adapters then no longer holds up the host's parser (they took it
  // 35-50 ms at document_start). Not document_idle: Chrome holds the host's load event back until idle scripts have
  // run, and waits up to 200 ms after DOMContentLoaded for an idle moment to run them (JobSag's load came 400 ms
  // after its DOMContentLoaded). The panel's place and the first view are content/index.ts, at document_start.
  runAt: 'document_end',
  async main(ctx) {
    // A task of our own, not the host's DOMContentLoaded (whatever runs there delays its end).
    await yieldToHost('user-blocking');
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
