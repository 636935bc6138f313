import { browser } from 'wxt/browser';
import type { EnPlanDb } from '@/lib/db/schema';
import { logAccess } from '@/lib/db/audit';
import { setFlagStatus } from '@/lib/db/queries';
import type { PanelMessage } from '@/lib/messages/panel';
import { buildPanelView } from '@/lib/service/panel-view';
import { loadSettings } from '@/lib/service/settings';
import { getTabContext, tabCitizen, updateTabContext } from '@/lib/service/tab-context';
import type { ToContentMessage } from '@/lib/messages/to-content';
import { configuredSystems } from '@/lib/config/systems';
import { notifyPanels } from './notify';

interface PageSender {
  tabId?: number;
}

const toTab = (tabId: number, message: ToContentMessage) =>
  browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);

export async function handlePanelMessage(db: EnPlanDb, message: PanelMessage, from: PageSender): Promise<unknown> {
  const now = new Date().toISOString();
  const user = (await loadSettings(db)).userName || 'ukendt bruger';
  switch (message.type) {
    case 'panel:view': {
      const view = await buildPanelView(db, from.tabId);
      if (view.citizen) {
        await logAccess(db, { user, citizenCpr: view.citizen.cpr, action: 'view', purpose: 'sagsbehandling', detail: `${view.system ?? ''} ${view.pageType ?? ''}`.trim() });
      }
      return view;
    }
    case 'panel:layout':
      if (from.tabId != null) await toTab(from.tabId, { type: 'layout', collapsed: message.collapsed, width: message.width });
      return undefined;
    case 'panel:reveal-cpr':
      await logAccess(db, { user, citizenCpr: message.cpr, action: 'reveal-cpr', purpose: 'sagsbehandling', detail: 'CPR vist i panelet' });
      return undefined;
    case 'panel:flag-status':
      await setFlagStatus(db, message.flagId, message.status, message.note, user, now);
      notifyPanels({});
      return undefined;
    case 'panel:continue-anyway': {
      if (from.tabId == null) return undefined;
      const ctx = await getTabContext(from.tabId);
      await logAccess(db, {
        user,
        citizenCpr: tabCitizen(ctx)?.cpr,
        action: 'continue-anyway',
        purpose: 'ny forespørgsel trods advarsel',
        detail: `${ctx.precheck?.infoTypeLabel ?? ''}: ${ctx.precheck?.matches.map((m) => m.recordKey).join(', ') ?? ''}`,
      });
      await updateTabContext(from.tabId, (c) => ({ ...c, precheck: undefined }));
      await toTab(from.tabId, { type: 'submit-anyway' });
      return undefined;
    }
    case 'panel:open-source':
      // Only pages of configured systems: the panel must not become a way to open arbitrary URLs.
      if (!(await configuredSystems()).some((s) => new URL(message.url).origin === s.origin)) return undefined;
      await browser.tabs.create({ url: message.url });
      return undefined;
  }
}
