import { browser } from 'wxt/browser';
import type { ChangeMessage, ChangeNotice } from '@/lib/messages/to-panel';

export type { ChangeNotice };

/**
 * Tells open extension pages (panels, standalone panels) that their data changed; they fetch what they need
 * themselves. Name what changed: the tab (`tabId`) and/or the citizens whose data changed; a notice naming neither
 * makes every page ask again.
 *
 * One broadcast, filtered by each page rather than here: the background keeps no list of open pages and what they
 * show (a citizen's change concerns panels in other tabs, standalone panels and household members' panels alike),
 * and per-tab sending (tabs.sendMessage) would also wake every content script of the tab. A framed panel cannot ask
 * the browser for its own tab (tabs.getCurrent() is undefined inside a frame), so the view it is answered carries
 * the tab id the background saw in the request's sender (PanelView.tabId); the panel compares each notice with that
 * and with the citizens its view shows, and asks again only when it may concern it
 * (components/panel/notice-concerns.ts).
 */
export function notifyPanels(notice: ChangeNotice) {
  const message: ChangeMessage = { type: 'changed', ...notice };
  // Rejects when no extension page is open: nothing to tell then.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
