import { browser } from 'wxt/browser';
import type { EnPlanDb } from '@/lib/db/schema';
import { logAccess } from '@/lib/db/audit';
import { familyOf, setFlagStatus } from '@/lib/db/queries';
import { createPlan, plansFor, updatePlan } from '@/lib/db/plans';
import { addConsent, updateConsent } from '@/lib/db/consents';
import { consentRowFrom, describeConsentChange, withdrawConsentRow } from '@/lib/consent/consent';
import { PlanError, applyPlanOp, describeChangesForLog, diffPlans, newPlan, readPlan, toPlanRow } from '@/lib/plan';
import type { PanelMessage, PanelResult } from '@/lib/messages/panel';
import { buildPanelView, buildPrintView } from '@/lib/service/panel-view';
import { decideSuggestion } from '@/lib/service/link-suggestions-view';
import { refreshFlags } from '@/lib/service/refresh-flags';
import { loadSettings } from '@/lib/service/settings';
import { getTabContext, tabCitizen, updateTabContext } from '@/lib/service/tab-context';
import type { ToContentMessage } from '@/lib/messages/to-content';
import { configuredSystems } from '@/lib/config/systems';
import { collapsedTab } from '@/lib/service/first-view';
import { toTab } from './to-tab';
import { notifyPanels } from './notify';

interface PageSender {
  tabId?: number;
  /** Set when the page is the panel framed inside a case system's tab. */
  hostOrigin?: string;
}

const PRINT_KEY = (token: string) => `print:${token}`;

/**
 * The citizens a page may act on. The panel framed in a case system's tab: the tab's citizen and their household,
 * nothing else, so a panel can never be steered to write into another citizen's plan. Our own pages opened as tabs
 * (standalone panel, print, overview) are not limited here.
 */
async function scopeOf(db: EnPlanDb, from: PageSender): Promise<Set<string> | undefined> {
  if (!from.hostOrigin) return undefined;
  const cpr = from.tabId == null ? undefined : tabCitizen(await getTabContext(from.tabId))?.cpr;
  return new Set(cpr ? await familyOf(db, cpr) : []);
}

const inScope = (scope: Set<string> | undefined, cprs: readonly string[]) => !scope || cprs.every((c) => scope.has(c));
const fail = (error: string): PanelResult => ({ ok: false, error });

export async function handlePanelMessage(db: EnPlanDb, message: PanelMessage, from: PageSender): Promise<unknown> {
  const now = new Date().toISOString();
  const settings = await loadSettings(db);
  const user = settings.userName || 'ukendt bruger';
  switch (message.type) {
    case 'panel:view': {
      const view = await buildPanelView(db, from.tabId, { cpr: from.hostOrigin ? undefined : message.cpr, now, head: message.head === true });
      if (view.citizen) {
        await logAccess(db, { user, citizenCpr: view.citizen.cpr, action: 'view', purpose: 'sagsbehandling', detail: `${view.system ?? 'panel'} ${view.pageType ?? ''}`.trim() });
      }
      return view;
    }
    case 'panel:layout':
      if (from.tabId != null) await toTab(from.tabId, { type: 'layout', layout: { collapsed: message.collapsed, width: message.width, push: message.push } });
      return undefined;
    case 'panel:painted': {
      if (from.tabId == null) return undefined;
      await toTab(from.tabId, { type: 'panel-painted', ...collapsedTab(settings.language, message.openFlags) });
      return undefined;
    }
    case 'panel:read-more-pages': {
      if (from.tabId == null) return fail('no-tab');
      const frame = Object.entries((await getTabContext(from.tabId)).frames).find(([, f]) => f.nextPage);
      if (!frame) return fail('no-more-pages');
      // The frame's content script reads the pages (with the caseworker's session) and reports each like a page.
      const answer = await browser.tabs.sendMessage(from.tabId, { type: 'read-next-pages' } satisfies ToContentMessage, { frameId: Number(frame[0]) });
      return answer ?? fail('no-answer');
    }
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
      // To every frame: the form may sit in a frame (BørneSag shows its case in an iframe); only the guard holding
      // a form acts on it.
      await browser.tabs.sendMessage(from.tabId, { type: 'submit-anyway' } satisfies ToContentMessage).catch(() => undefined);
      notifyPanels({ tabId: from.tabId });
      return undefined;
    }
    case 'panel:open-source': {
      // Only pages of configured systems: the panel must not become a way to open arbitrary URLs.
      let origin: string;
      try {
        origin = new URL(message.url).origin;
      } catch {
        return undefined;
      }
      if (!(await configuredSystems()).some((s) => origin === s.origin)) return undefined;
      await browser.tabs.create({ url: message.url });
      return undefined;
    }
    case 'panel:plan-create': {
      const scope = await scopeOf(db, from);
      if (!inScope(scope, message.citizens)) return fail('not-in-scope');
      const known = await db.citizens.bulkGet(message.citizens);
      if (known.some((c) => !c)) return fail('unknown-citizen');
      const existing = await plansFor(db, message.citizens);
      if (existing.length) return fail('plan-exists');
      const plan = newPlan(message.citizens, { user, now, newId: () => crypto.randomUUID() }, message.level);
      await createPlan(db, toPlanRow(plan), {
        user,
        citizenCpr: plan.citizens[0],
        action: 'edit-plan',
        purpose: 'helhedsorienteret plan',
        detail: `plan oprettet for ${plan.citizens.length} person(er), koordineringsniveau ${plan.coordinationLevel}`,
      });
      notifyPanels({ citizens: plan.citizens });
      return { ok: true, id: plan.id } satisfies PanelResult;
    }
    case 'panel:plan-edit': {
      const scope = await scopeOf(db, from);
      // Persons a set-persons edit removes see the plan go: their panels must hear of it too.
      let personsBefore: readonly string[] = [];
      try {
        const saved = await updatePlan(
          db,
          message.planId,
          (current) => {
            personsBefore = current.citizens;
            if (scope && !current.citizens.some((c) => scope.has(c))) throw new PlanError('not-in-scope');
            if (message.op.op === 'set-persons' && !inScope(scope, message.op.citizens)) throw new PlanError('not-in-scope');
            return toPlanRow(applyPlanOp(readPlan(current).plan, message.op, { user, now, newId: () => crypto.randomUUID() }));
          },
          (before, after) => ({
            user,
            citizenCpr: after.citizens[0],
            action: 'edit-plan',
            purpose: 'helhedsorienteret plan',
            detail: `version ${after.version}: ${describeChangesForLog(diffPlans(readPlan(before).plan, readPlan(after).plan))}`,
          }),
        );
        notifyPanels({ citizens: [...new Set([...personsBefore, ...saved.citizens])] });
        return { ok: true, id: saved.id } satisfies PanelResult;
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    }
    case 'panel:consent-register': {
      const scope = await scopeOf(db, from);
      if (!inScope(scope, [message.consent.cpr])) return fail('not-in-scope');
      if (!(await db.citizens.get(message.consent.cpr))) return fail('unknown-citizen');
      const row = consentRowFrom(message.consent, crypto.randomUUID());
      await addConsent(db, row, { user, citizenCpr: row.citizenCpr, action: 'consent-change', purpose: 'samtykke til deling på tværs', detail: describeConsentChange(row, 'registered') }, now);
      notifyPanels({ citizens: [row.citizenCpr] });
      return { ok: true, id: row.id } satisfies PanelResult;
    }
    case 'panel:consent-withdraw': {
      const scope = await scopeOf(db, from);
      const current = await db.consents.get(message.consentId);
      if (!current) return fail('unknown-consent');
      if (!inScope(scope, [current.citizenCpr])) return fail('not-in-scope');
      const row = await updateConsent(
        db,
        message.consentId,
        (r) => withdrawConsentRow(r, user, now),
        (r) => ({ user, citizenCpr: r.citizenCpr, action: 'consent-change', purpose: 'samtykke til deling på tværs', detail: describeConsentChange(r, 'withdrawn') }),
        now,
      );
      notifyPanels({ citizens: [current.citizenCpr] });
      return row ? ({ ok: true, id: row.id } satisfies PanelResult) : fail('unknown-consent');
    }
    case 'panel:print': {
      const scope = await scopeOf(db, from);
      if (!inScope(scope, [message.cpr])) return fail('not-in-scope');
      // The print tab gets a random token, not the CPR number, in its address.
      const token = crypto.randomUUID();
      await browser.storage.session.set({ [PRINT_KEY(token)]: { cpr: message.cpr, at: now } });
      await logAccess(db, { user, citizenCpr: message.cpr, action: 'export', purpose: 'udskrift af planen til borgeren', detail: 'print/PDF af Én plan' });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/print.html')}#${token}` });
      return { ok: true, id: token } satisfies PanelResult;
    }
    case 'panel:link-decision': {
      // Only what this tab's page shows can be decided, so a panel cannot be steered to link arbitrary records.
      if (from.tabId == null) return fail('unknown-suggestion');
      const result = await decideSuggestion(db, await getTabContext(from.tabId), message, user, now);
      if (!result.ok) return fail(result.error);
      await refreshFlags(db, result.citizens, now);
      notifyPanels({ tabId: from.tabId, citizens: result.citizens });
      return { ok: true } satisfies PanelResult;
    }
    case 'panel:print-view': {
      // Only our own print tab, never a page framed in a case system.
      if (from.hostOrigin) return undefined;
      const stored = (await browser.storage.session.get(PRINT_KEY(message.token)))[PRINT_KEY(message.token)] as { cpr: string } | undefined;
      if (!stored) return undefined;
      return buildPrintView(db, stored.cpr, now);
    }
  }
}
