import { browser } from 'wxt/browser';
import { storedSystems } from '@/lib/config/systems';
import { layoutHintScripts } from '@/lib/config/layout-hints';
import { PANEL_LAYOUT_KEY, panelLayoutOf, readPanelLayout } from '@/lib/config/panel-layout';
import { openDatabase } from '@/lib/service/database';
import { registerContentScripts } from './content-scripts';
import { handleMessage } from './router';
import { scheduleRetention } from './retention';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    // One after another: each unregisters and registers all of them, from what is stored when it starts. So one not
    // started yet stands for any asked for meanwhile (dragging the panel's edge stores a width every 40 ms).
    let refreshing: Promise<unknown> = Promise.resolve();
    let queued = false;
    const refresh = async () => {
      queued = false;
      await registerContentScripts(await storedSystems(), await readPanelLayout());
    };
    const refreshScripts = () => {
      if (queued) return;
      queued = true;
      refreshing = refreshing.then(refresh, refresh);
    };
    browser.runtime.onInstalled.addListener(() => refreshScripts());
    browser.runtime.onStartup.addListener(() => refreshScripts());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const layout = changes[PANEL_LAYOUT_KEY];
      const hintsOf = (stored: unknown) => layoutHintScripts(panelLayoutOf(stored)).join();
      const hintsChanged = layout && hintsOf(layout.oldValue) !== hintsOf(layout.newValue);
      if (changes.systems || hintsChanged) refreshScripts();
    });
    browser.permissions.onAdded.addListener(() => refreshScripts());
    browser.permissions.onRemoved.addListener(() => refreshScripts());
    scheduleRetention(db);
    // The toolbar button opens the team lead overview; the panel itself lives in the case systems' pages.
    browser.action.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/overview.html') }));
    // Returning the promise is how webextension-polyfill sends the answer back.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender));
  },
});
