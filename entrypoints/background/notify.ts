import { browser } from 'wxt/browser';

export interface ChangeNotice {
  tabId?: number;
  citizens?: string[];
  focus?: 'precheck';
}

/** Tells open extension pages (panels, overview) that their data changed; they fetch what they need themselves. */
export function notifyPanels(notice: ChangeNotice) {
  // Rejects when no extension page is open: nothing to tell then.
  browser.runtime.sendMessage({ type: 'changed', ...notice }).catch(() => undefined);
}
