/**
 * Who sent a runtime message. Modelled on password managers' checks: the host page must never be able to speak to
 * the background, and neither may a look-alike origin or a frame we did not put there.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** Chrome only: the sending document, so an answer cannot reach the next page loaded into the same frame. */
  documentId?: string;
}

export type SenderVerdict =
  | { ok: true; from: 'content'; tabId: number; frameId: number; documentId?: string; origin: string }
  | { ok: true; from: 'extension-page'; tabId?: number; hostOrigin?: string }
  | { ok: false; reason: string };

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    // file:, data:, blob: and about: have opaque or borrowed origins: never a case system.
    if (!['http:', 'https:', 'chrome-extension:', 'moz-extension:'].includes(u.protocol)) return undefined;
    // URL.origin is "null" for non-special schemes in some engines; build it the same way everywhere.
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

export function checkSender(sender: SenderInfo, ownId: string, extensionOrigin: string, systemOrigins: readonly string[]): SenderVerdict {
  if (!sender || !ownId || sender.id !== ownId) return { ok: false, reason: `foreign sender id ${sender?.id ?? '(none)'}` };
  const origin = sender.origin ?? originOf(sender.url);
  if (!origin) return { ok: false, reason: 'sender has no usable origin' };
  // Sandboxed frames, data: frames and the like report the opaque origin "null". It must never compare equal to
  // anything, in particular not to an extension origin that a URL parser turned into "null" too (WHATWG URL does
  // that for chrome-extension:// outside Chrome).
  if (origin === 'null') return { ok: false, reason: 'sender has an opaque origin' };
  const ownOrigin = originOf(extensionOrigin);

  if (ownOrigin && origin === ownOrigin) {
    // Our own page. Inside a tab (the panel iframe) it must sit in a configured system's tab, else a hostile page
    // that framed panel.html could read the panel's data.
    if (!sender.tab) return { ok: true, from: 'extension-page' };
    const hostOrigin = originOf(sender.tab.url);
    if (hostOrigin === ownOrigin) return { ok: true, from: 'extension-page', tabId: sender.tab.id };
    if (!hostOrigin || !systemOrigins.includes(hostOrigin)) {
      return { ok: false, reason: `extension frame inside unexpected page ${hostOrigin ?? '(unknown)'}` };
    }
    return { ok: true, from: 'extension-page', tabId: sender.tab.id, hostOrigin };
  }

  if (!systemOrigins.includes(origin)) return { ok: false, reason: `origin ${origin} is not a configured case system` };
  if (sender.tab?.id == null) return { ok: false, reason: 'content message without a tab' };
  // The top page of the tab must be a case system too: our content script in a system's frame embedded by a
  // stranger would otherwise report into the caseworker's store.
  const topOrigin = originOf(sender.tab.url);
  if (!topOrigin || !systemOrigins.includes(topOrigin)) {
    return { ok: false, reason: `frame of ${origin} inside unexpected page ${topOrigin ?? '(unknown)'}` };
  }
  return { ok: true, from: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0, documentId: sender.documentId, origin };
}
