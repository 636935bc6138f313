import { browser, type Browser } from 'wxt/browser';
import { configuredSystems } from '@/lib/config/systems';
import type { EnPlanDb } from '@/lib/db/schema';
import { logAccess } from '@/lib/db/audit';
import { ContentMessage } from '@/lib/messages/content';
import { PanelMessage } from '@/lib/messages/panel';
import { checkSender } from '@/lib/security/sender';
import { adapterById } from '@/lib/adapters/registry';
import { handleContentMessage } from './content-handlers';
import { handlePanelMessage } from './panel-handlers';

async function reject(db: EnPlanDb, reason: string) {
  console.warn('[Én plan] message dropped:', reason);
  await logAccess(db, { user: 'system', action: 'rejected-message', purpose: 'security', detail: reason.slice(0, 300) });
  return undefined;
}

/** Every message passes the sender check and its schema before anything reads it; the rest is dropped and logged. */
export async function handleMessage(db: EnPlanDb, message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const systems = await configuredSystems();
  // Not `new URL(...).origin`: outside Chrome's own URL parser that is "null" for chrome-extension:// (checkSender
  // derives the origin itself and never matches "null").
  const verdict = checkSender(sender, browser.runtime.id, browser.runtime.getURL('/'), systems.map((s) => s.origin));
  if (!verdict.ok) return reject(db, verdict.reason);

  if (verdict.from === 'content') {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return reject(db, `invalid content message from ${verdict.origin}`);
    const adapter = adapterById(systems.find((s) => s.origin === verdict.origin)?.adapterId);
    if (!adapter) return reject(db, `no adapter for ${verdict.origin}`);
    return handleContentMessage(db, parsed.data, { ...verdict, adapter });
  }
  const parsed = PanelMessage.safeParse(message);
  if (!parsed.success) return reject(db, 'invalid message from an extension page');
  return handlePanelMessage(db, parsed.data, verdict);
}
