import type { FirstView } from '@/lib/service/first-view';

/**
 * The first view of a tab's loading page, built (and logged) when its content script asked (`page-open`), kept until
 * that page's first-view frame collects it (entrypoints/first-view): the frame is made while a large page is parsed,
 * when the answer to the content script arrives only once the parse is over. Taken once; in the worker's memory
 * only, and never longer than HOLD_MS.
 */
const HOLD_MS = 10_000;
const held = new Map<number, { view: Promise<FirstView | undefined>; timer: ReturnType<typeof setTimeout> }>();

export function holdFirstView(tabId: number, view: Promise<FirstView | undefined>) {
  clearTimeout(held.get(tabId)?.timer);
  held.set(tabId, { view: view.catch(() => undefined), timer: setTimeout(() => held.delete(tabId), HOLD_MS) });
}

export function takeFirstView(tabId: number): Promise<FirstView | undefined> {
  const entry = held.get(tabId);
  held.delete(tabId);
  clearTimeout(entry?.timer);
  return entry?.view ?? Promise.resolve(undefined);
}
