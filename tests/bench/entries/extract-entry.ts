import { ADAPTERS } from '@/lib/adapters/registry';
import { detectPage, extractPage } from '@/lib/adapters/extract';

/**
 * In-page extraction, the same calls page-reader.ts makes on every read: detect the page type, then extract.
 * `run` times one read with performance.now and returns how many records and read errors it produced.
 */
function run(adapterId: string) {
  const spec = ADAPTERS.find((a) => a.id === adapterId);
  if (!spec) throw new Error(`no adapter ${adapterId}`);
  const t0 = performance.now();
  const page = detectPage(spec, document, new URL(location.href));
  const report = page ? extractPage({ spec, page, doc: document, url: location.href, now: new Date().toISOString() }) : undefined;
  const t1 = performance.now();
  return { ms: t1 - t0, detected: Boolean(page), records: report?.records.length ?? 0, errors: report?.errors.length ?? 0 };
}

(globalThis as unknown as { __enPlanExtract: unknown }).__enPlanExtract = {
  run,
  adapters: ADAPTERS.map((a) => ({ id: a.id, origin: a.origins[0] })),
};
