import { browser } from 'wxt/browser';
import type { SystemConfig } from '@/lib/config/systems';

/** The panel's place and first view (top frame, document_start), and the reader (every frame, document_end). */
const PANEL_ID = 'en-plan-panel';
const READER_ID = 'en-plan-reader';

/**
 * The content script runs only on the case systems the user configured and granted: registered at run time,
 * never declared for all URLs.
 */
export async function registerContentScripts(systems: SystemConfig[]) {
  const granted: string[] = [];
  for (const s of systems) {
    if (await browser.permissions.contains({ origins: [`${s.origin}/*`] })) granted.push(`${s.origin}/*`);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [PANEL_ID, READER_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: PANEL_ID,
      matches: granted,
      js: ['content-scripts/content.js'],
      allFrames: false,
      // The panel makes its room before the page is first laid out (content/index.ts).
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
    {
      id: READER_ID,
      matches: granted,
      js: ['content-scripts/reader.js'],
      allFrames: true,
      runAt: 'document_end',
      persistAcrossSessions: true,
    },
  ]);
}
