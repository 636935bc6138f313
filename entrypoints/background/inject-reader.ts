import { browser } from 'wxt/browser';

/**
 * The reader (entrypoints/reader.content.ts) into the frame whose page has just loaded; entrypoints/content/index.ts
 * says why only then. Into that document only where the browser names it (Chrome), so a frame that has meanwhile
 * loaded another page is not read twice: that page asks for its own reader.
 */
export async function injectReader(from: { tabId: number; frameId: number; documentId?: string }) {
  const target = from.documentId ? { tabId: from.tabId, documentIds: [from.documentId] } : { tabId: from.tabId, frameIds: [from.frameId] };
  try {
    await browser.scripting.executeScript({ target, files: ['/content-scripts/reader.js'] });
  } catch (error) {
    // The frame is gone or has moved on to a page we may not read: nothing to read there.
    console.debug('[Én plan] reader not injected', error);
  }
}
