import { adapterById } from '@/lib/adapters/registry';
import { configuredSystems } from '@/lib/config/systems';
import { startPageReader } from './content/page-reader';
import { startFormGuard } from './content/form-guard';
import { startMorePagesReader } from './content/more-pages';

/**
 * Reads the page (content/page-reader.ts), guards its request forms and reads further pages of a list on request.
 * Injected by the background into each frame of a configured system's page once that frame has loaded and settled
 * (content/index.ts says why not sooner).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
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
