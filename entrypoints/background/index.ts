import { browser } from 'wxt/browser';
import { configuredSystems } from '@/lib/config/systems';
import { openDatabase } from '@/lib/service/database';
import { registerContentScripts } from './content-scripts';
import { handleMessage } from './router';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    const refreshScripts = async () => registerContentScripts(await configuredSystems());
    browser.runtime.onInstalled.addListener(() => void refreshScripts());
    browser.runtime.onStartup.addListener(() => void refreshScripts());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.systems) void refreshScripts();
    });
    browser.permissions.onAdded.addListener(() => void refreshScripts());
    browser.permissions.onRemoved.addListener(() => void refreshScripts());
    // Returning the promise is how webextension-polyfill sends the answer back.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender));
  },
});
