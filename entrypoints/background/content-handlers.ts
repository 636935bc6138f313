import type { AdapterSpec } from '@/lib/adapters/spec';
import type { EnPlanDb } from '@/lib/db/schema';
import { ingestPage } from '@/lib/db/ingest';
import { logAccess } from '@/lib/db/audit';
import type { ContentMessage } from '@/lib/messages/content';
import type { Settings } from '@/lib/model';
import { validateReport } from '@/lib/service/validate-report';
import { addPart, takeParts } from '@/lib/service/report-parts';
import { updateTabContext, withIdentity, withoutIdentity, type FrameContext, type FrameIdentity } from '@/lib/service/tab-context';
import { rememberPageRead, unchangedPageRead } from '@/lib/service/page-reads';
import { refreshFlags } from '@/lib/service/refresh-flags';
import { precheckRequest } from '@/lib/service/precheck';
import { suggestLinksFor } from '@/lib/service/suggest-links';
import { cprLessKeys } from '@/lib/service/link-suggestions-view';
import { buildFirstView } from '@/lib/service/first-view';
import { cachedFirstViewInputs } from '@/lib/service/first-view-inputs';
import { cachedSettings } from '@/lib/service/settings';
import { pageCitizenOf, rememberPageCitizen } from '@/lib/service/page-citizens';
import { notifyPanels } from './notify';
import { injectReader } from './inject-reader';
import { toTab } from './to-tab';
import { firstViewShown, noteFirstView } from './first-view-shown';

interface ContentSender {
  tabId: number;
  frameId: number;
  documentId?: string;
  origin: string;
  adapter: AdapterSpec;
}

/** The sending document: its report's parts join only its own report. */
const documentKey = (from: ContentSender) => `${from.tabId}:${from.frameId}:${from.documentId ?? ''}`;

/** Sets a frame's identity (unless its full report for that page is in) and lets the panel show the stored view. */
async function showIdentity(db: EnPlanDb, from: ContentSender, identity: FrameIdentity) {
  let changed = false;
  await updateTabContext(from.tabId, (ctx) => {
    const next = withIdentity(ctx, from.frameId, identity);
    changed = next !== ctx;
    return next;
  });
  if (changed) notifyPanels({ tabId: from.tabId });
}

/** A frame's page is read and stored: what the panel shows of it (its read errors among it), in place of its identity. */
async function showFrame(from: ContentSender, frame: FrameContext) {
  await updateTabContext(from.tabId, (ctx) => ({ ...withoutIdentity(ctx, from.frameId), frames: { ...ctx.frames, [from.frameId]: frame } }));
}

const adapterKey = (adapter: AdapterSpec) => `${adapter.id}@${adapter.version}`;

/** The top frame's panel is still loading: its content script draws this meanwhile (lib/service/first-view.ts). */
async function firstViewFor(db: EnPlanDb, identity: Pick<FrameIdentity, 'system' | 'pageType' | 'citizen'>, now: string, known?: Settings) {
  const cpr = identity.citizen.cpr;
  if (!cpr) return undefined;
  const settings = known ?? (await cachedSettings(db));
  // Shown to the caseworker like the panel's own view, so logged like it; no log, no view. Logged while the view is
  // built, not after (the host page is parsing meanwhile, and a view that arrives once it has laid itself out shows
  // only after that: 250-400 ms on JobSag's 1,000-row table); the rare citizen known by the page's address but no
  // longer stored is logged as looked up, though there is nothing to show.
  const [view] = await Promise.all([
    buildFirstView(db, identity.citizen, settings, now),
    logAccess(db, { user: settings.userName || 'ukendt bruger', citizenCpr: cpr, action: 'view', purpose: 'sagsbehandling', detail: [identity.system, identity.pageType, '(første visning)'].filter(Boolean).join(' ') }),
  ]);
  return view;
}

export async function handleContentMessage(db: EnPlanDb, message: ContentMessage, from: ContentSender): Promise<unknown> {
  const now = new Date().toISOString();
  switch (message.type) {
    case 'page-none':
      await updateTabContext(from.tabId, (ctx) => {
        const frames = { ...ctx.frames };
        delete frames[from.frameId];
        return withoutIdentity({ ...ctx, frames }, from.frameId);
      });
      notifyPanels({ tabId: from.tabId });
      return undefined;
    case 'page-loaded':
      await injectReader(from);
      return undefined;
    case 'reader-adapter':
      // The sender's own system's, as the sender check found it: a page cannot ask for another system's.
      return from.adapter;
    case 'page-open': {
      // Only addresses of the sender's own system: another origin's page is not what this frame is loading.
      if (!message.frameUrl.startsWith(`${from.origin}/`)) return undefined;
      noteFirstView(from.tabId);
      // Side by side, not one after the other: the answer has some 15-25 ms before a large page's parse holds it back.
      const [cpr, settings] = await Promise.all([pageCitizenOf(message.frameUrl), cachedSettings(db)]);
      const view = cpr ? await firstViewFor(db, { system: from.adapter.system, pageType: '', citizen: { cpr } }, now, settings) : undefined;
      if (view) noteFirstView(from.tabId, cpr);
      return view;
    }
    case 'page-identity': {
      // Who the page is about, before the page is read in full: the panel shows at once what the store holds.
      const identity = { url: message.frameUrl, system: from.adapter.system, pageType: message.pageType, citizen: message.citizen, at: now };
      const [, , firstView] = await Promise.all([
        showIdentity(db, from, identity),
        message.citizen.cpr && rememberPageCitizen(message.frameUrl, message.citizen.cpr, now),
        message.firstView && !firstViewShown(from.tabId, message.citizen.cpr) ? firstViewFor(db, identity, now) : undefined,
      ]);
      // Drawn by the tab's panel, in its top frame, whichever of the tab's frames named the citizen.
      if (firstView) await toTab(from.tabId, { type: 'first-view', view: firstView });
      return undefined;
    }
    case 'page-report-part':
      addPart(documentKey(from), message.reportId, message.index, message.records);
      return undefined;
    case 'page-report': {
      let raw = message.report;
      if (message.reportId && message.parts) {
        const records = takeParts(documentKey(from), message.reportId, message.parts);
        // The worker was stopped between the parts and the rest: the page sends its report again.
        if (!records) return { resend: true };
        raw = { ...(raw as object), records };
      }
      const { report, problem } = validateReport(raw, from.adapter.system);
      if (!report) {
        // A malformed report, or one system's page reporting another system's records: dropped AND logged.
        await logAccess(db, { user: 'system', action: 'rejected-message', purpose: 'security', detail: `page report from ${from.origin} refused: ${problem}`.slice(0, 300) });
        throw new Error(problem);
      }
      // The report names its citizen before its records are stored: the panel need not wait for the ingest.
      if (report.citizen?.cpr && !message.followed) await rememberPageCitizen(report.url, report.citizen.cpr, now);
      if (report.citizen && !message.followed) await showIdentity(db, from, { url: report.url, system: report.system, pageType: report.pageType, citizen: report.citizen, at: now });
      const result = await ingestPage(db, report, now);
      await suggestLinksFor(db, report);
      await refreshFlags(db, result.citizens, now);
      // The store may have changed under the first view: read again now (from the cache when the report changed
      // nothing: ingest.ts writes nothing then), not while the citizen's next page is loading.
      const citizens = [...new Set([...result.citizens, report.citizen?.cpr ?? ''])].filter(Boolean);
      for (const cpr of citizens) cachedFirstViewInputs(db, cpr).catch(() => undefined);
      // A further page of a list read on request is stored, but the frame still shows the page it shows.
      if (!message.followed) {
        const frame: FrameContext = {
          url: report.url,
          system: report.system,
          pageType: report.pageType,
          citizen: report.citizen,
          errors: report.errors,
          at: now,
          cprLessKeys: cprLessKeys(report),
          ...(report.nextPage ? { nextPage: report.nextPage } : {}),
        };
        await showFrame(from, frame);
        await rememberPageRead(message.frameUrl, message.fingerprint ? { fingerprint: message.fingerprint, adapter: adapterKey(from.adapter), at: now, frame, citizens } : undefined);
      }
      notifyPanels({ tabId: from.tabId, citizens: result.citizens });
      return { stored: result.added + result.changed + result.unchanged, errors: report.errors.length };
    }
    case 'page-unchanged': {
      if (!message.frameUrl.startsWith(`${from.origin}/`)) return false;
      const read = await unchangedPageRead(db, message.frameUrl, message.fingerprint, adapterKey(from.adapter), now);
      if (!read) return false;
      // As if the page had been read and stored again, which would have changed nothing.
      await showFrame(from, { ...read.frame, at: now });
      notifyPanels({ tabId: from.tabId, citizens: read.citizens });
      return true;
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
