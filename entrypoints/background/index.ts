import { browser } from 'wxt/browser';
import { storedSystems } from '@/lib/config/systems';
import { openDatabase } from '@/lib/service/database';
import { registerContentScripts } from './content-scripts';
import { handleMessage } from './router';
import { scheduleRetention } from './retention';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    const refreshScripts = async () => registerContentScripts(await storedSystems());
    browser.runtime.onInstalled.addListener(() => void refreshScripts());
    browser.runtime.onStartup.addListener(() => void refreshScripts());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.systems) void refreshScripts();
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
