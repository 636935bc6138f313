import { browser } from 'wxt/browser';
import type { SystemConfig } from '@/lib/config/systems';

const SCRIPT_ID = 'en-plan-reader';

/**
 * The content script runs only on the case systems the user configured and granted: registered at run time,
 * never declared for all URLs.
 */
export async function registerContentScripts(systems: SystemConfig[]) {
  const granted: string[] = [];
  for (const s of systems) {
    if (await browser.permissions.contains({ origins: [`${s.origin}/*`] })) granted.push(`${s.origin}/*`);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: ['content-scripts/content.js'],
      allFrames: true,
      // The panel makes its room before the page is first laid out; reading waits for the DOM (content/index.ts).
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
