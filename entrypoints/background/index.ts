import { browser } from 'wxt/browser';
import { storedSystems } from '@/lib/config/systems';
import { PANEL_LAYOUT_KEY, panelLayoutOf, pushesPage, readPanelLayout } from '@/lib/config/panel-layout';
import { openDatabase } from '@/lib/service/database';
import { registerContentScripts } from './content-scripts';
import { handleMessage } from './router';
import { scheduleRetention } from './retention';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    // One after another: each unregisters and registers all of them.
    let refreshing: Promise<unknown> = Promise.resolve();
    const refresh = async () => registerContentScripts(await storedSystems(), await readPanelLayout());
    const refreshScripts = () => (refreshing = refreshing.then(refresh, refresh));
    browser.runtime.onInstalled.addListener(() => void refreshScripts());
    browser.runtime.onStartup.addListener(() => void refreshScripts());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const layout = changes[PANEL_LAYOUT_KEY];
      const pushChanged = layout && pushesPage(panelLayoutOf(layout.oldValue)) !== pushesPage(panelLayoutOf(layout.newValue));
      if (changes.systems || pushChanged) void refreshScripts();
    });
    browser.permissions.onAdded.addListener(() => void refreshScripts());
    browser.permissions.onRemoved.addListener(() => void refreshScripts());
    scheduleRetention(db);
    // The toolbar button opens the team lead overview; the panel itself lives in the case systems' pages.
    browser.action.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/overview.html') }));
    // Returning the promise is how webextension-polyfill sends the answer back.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender));
  },
});
