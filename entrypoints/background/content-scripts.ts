import { browser } from 'wxt/browser';
import type { SystemConfig } from '@/lib/config/systems';
import { layoutHintScripts } from '@/lib/config/layout-hints';
import type { PanelLayout } from '@/lib/config/panel-layout';

/** The panel's place and first view (top frame), and in every frame the call for the reader once it has loaded. */
const CONTENT_ID = 'en-plan-panel';

/**
 * The content script runs only on the case systems the user configured and granted: registered at run time,
 * never declared for all URLs. The reader follows it, injected per frame (inject-reader.ts).
 */
export async function registerContentScripts(systems: SystemConfig[], layout: PanelLayout) {
  const granted: string[] = [];
  for (const s of systems) {
    if (await browser.permissions.contains({ origins: [`${s.origin}/*`] })) granted.push(`${s.origin}/*`);
  }
  // All of ours, also any an earlier version registered under another id.
  const existing = await browser.scripting.getRegisteredContentScripts();
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: CONTENT_ID,
      matches: granted,
      // Ahead of it, what of the stored layout the page's first layout needs (lib/config/layout-hints.ts).
      js: [...layoutHintScripts(layout), 'content-scripts/content.js'],
      allFrames: true,
      // The panel makes its room before the page is first laid out (content/index.ts).
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
