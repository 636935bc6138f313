import { browser } from 'wxt/browser';
import type { ToContentMessage } from '@/lib/messages/to-content';

/** To the tab's top frame, where the panel's content script lives; a tab without one (closed, navigated) is no error. */
export const toTab = (tabId: number, message: ToContentMessage) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
