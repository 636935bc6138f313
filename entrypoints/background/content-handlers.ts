import type { AdapterSpec } from '@/lib/adapters/spec';
import type { EnPlanDb } from '@/lib/db/schema';
import { ingestPage } from '@/lib/db/ingest';
import { logAccess } from '@/lib/db/audit';
import type { ContentMessage } from '@/lib/messages/content';
import { validateReport } from '@/lib/service/validate-report';
import { updateTabContext } from '@/lib/service/tab-context';
import { refreshFlags } from '@/lib/service/refresh-flags';
import { precheckRequest } from '@/lib/service/precheck';
import { suggestLinksFor } from '@/lib/service/suggest-links';
import { cprLessKeys } from '@/lib/service/link-suggestions-view';
import { notifyPanels } from './notify';

interface ContentSender {
  tabId: number;
  frameId: number;
  origin: string;
  adapter: AdapterSpec;
}

export async function handleContentMessage(db: EnPlanDb, message: ContentMessage, from: ContentSender): Promise<unknown> {
  const now = new Date().toISOString();
  switch (message.type) {
    case 'page-none':
      await updateTabContext(from.tabId, (ctx) => {
        const frames = { ...ctx.frames };
        delete frames[from.frameId];
        return { ...ctx, frames };
      });
      notifyPanels({ tabId: from.tabId });
      return undefined;
    case 'page-report': {
      const { report, problem } = validateReport(message.report, from.adapter.system);
      if (!report) {
        // A malformed report, or one system's page reporting another system's records: dropped AND logged.
        await logAccess(db, { user: 'system', action: 'rejected-message', purpose: 'security', detail: `page report from ${from.origin} refused: ${problem}`.slice(0, 300) });
        throw new Error(problem);
      }
      const result = await ingestPage(db, report, now);
      await suggestLinksFor(db, report);
      await refreshFlags(db, result.citizens, now);
      await updateTabContext(from.tabId, (ctx) => ({
        ...ctx,
        frames: {
          ...ctx.frames,
          [from.frameId]: { url: report.url, system: report.system, pageType: report.pageType, citizen: report.citizen, errors: report.errors, at: now, cprLessKeys: cprLessKeys(report) },
        },
      }));
      notifyPanels({ tabId: from.tabId, citizens: result.citizens });
      return { stored: result.added + result.changed + result.unchanged, errors: report.errors.length };
    }
    case 'precheck': {
      const state = await precheckRequest(db, message, now);
      await updateTabContext(from.tabId, (ctx) => ({ ...ctx, precheck: state }));
      notifyPanels({ tabId: from.tabId });
      return { blocking: state.blocking };
    }
    case 'submit-blocked':
      await updateTabContext(from.tabId, (ctx) => (ctx.precheck ? { ...ctx, precheck: { ...ctx.precheck, submitBlocked: true } } : ctx));
      notifyPanels({ tabId: from.tabId, focus: 'precheck' });
      return undefined;
  }
}
