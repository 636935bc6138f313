/**
 * Whose first view each tab's loading page got from its address (`page-open`), so that the page naming the same
 * citizen a moment later (`page-identity`, once the reader has run) does not have the same view built, logged and
 * drawn over again: on the host page that was one more layout just after it had settled, for nothing.
 */
const FRESH_MS = 30_000;
const shown = new Map<number, { cpr: string; at: number }>();

/** The tab's top page is loading: it got a view of this citizen, or (no citizen) none. */
export function noteFirstView(tabId: number, cpr?: string) {
  const now = Date.now();
  for (const [tab, entry] of shown) if (now - entry.at >= FRESH_MS) shown.delete(tab);
  if (cpr) shown.set(tabId, { cpr, at: now });
  else shown.delete(tabId);
}

export function firstViewShown(tabId: number, cpr: string | undefined): boolean {
  const entry = shown.get(tabId);
  return !!cpr && entry?.cpr === cpr && Date.now() - entry.at < FRESH_MS;
}
