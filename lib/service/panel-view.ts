import type { EnPlanDb } from '../db/schema';
import { familyOf, flagsFor, recordsForCitizens, type StoredRecord } from '../db/queries';
import type { ConsentRow } from '../db/rows';
import { consentsFor } from '../db/consents';
import { planVersions, plansFor } from '../db/plans';
import { canSeeSector, summariseConsent, type ConsentSummary } from '../consent/consent';
import { collectContacts, historyEntries, readPlan, type Plan, type PlanContact, type PlanHistoryEntry } from '../plan';
import { SECTORS, recordKey, type CitizenRef, type Flag, type ReadError, type RecordKind, type Sector, type Settings } from '../model';
import { loadSettings } from './settings';
import { currentFrames, getTabContext, tabCitizen, type PrecheckState } from './tab-context';
import { cachedCitizenData } from './view-cache';
import { linkSuggestionsView, type LinkSuggestionGroup } from './link-suggestions-view';
import { scopeOfFlag, viewFlagOf, type ViewFlag } from './flag-consent';

export type { ViewFlag } from './flag-consent';

/**
 * Everything the panel shows for one tab, built in the background so the panel needs no database access.
 *
 * Consent (issue 7 point 3): records from sectors other than the caseworker's own are in `records` only when an
 * active consent or other legal basis for that citizen covers the sector. Otherwise the view carries only counts per
 * sector (`hidden`, like KOMBIT's SAPA shows that other sectors have something), and a flag resting on such a record
 * only says that it exists and in which sectors, not why. Nothing hidden ever reaches the panel page.
 */
export interface PanelView {
  language: Settings['language'];
  now: string;
  user: { name: string; sector: Sector; unit: string };
  readable: boolean;
  system?: string;
  pageType?: string;
  pageCitizen?: CitizenRef;
  errors: ReadError[];
  /** The page shows one page of a longer list; the panel offers to read the rest. */
  morePages: boolean;
  precheck?: PrecheckView;
  citizen?: { cpr: string; name: string; birthDate?: string };
  family: { cpr: string; name: string }[];
  /** Visible records only. */
  records: StoredRecord[];
  hidden: HiddenSector[];
  flags: ViewFlag[];
  consent: { rows: ConsentRow[]; summaries: ConsentSummary[] };
  plan?: PlanView;
  /** Other Én plans naming someone in scope (there should be one; more is itself worth seeing). */
  otherPlans: { id: string; title?: string; citizens: string[]; updatedAt: string }[];
  contacts: PlanContact[];
  /**
   * A head view (BuildOptions.head): header, flags, precheck and plan summary, but `records` only the ones the flags
   * and the precheck name, and no contacts. The panel asks for the whole view right after painting it.
   */
  head?: true;
  /** Records on this page without a full CPR and who they may be (the caseworker confirms or rejects). */
  linkSuggestions?: LinkSuggestionGroup[];
  /**
   * The tab the view was built for (the requesting page's sender.tab). A framed panel cannot ask the browser for its
   * own tab (tabs.getCurrent() is undefined in a frame), so it learns it here, to tell its tab's change notices from
   * other tabs' (components/panel/notice-concerns.ts).
   */
  tabId?: number;
  /** The tab's page holds records without a full CPR: a citizen read in any tab may become a link candidate. */
  unlinkedOnPage?: true;
}

export interface HiddenSector {
  sector: Sector;
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  /** Whose records they are (CPR digits): the consent that would open them is theirs. */
  citizens: string[];
}

export interface PrecheckMatchView {
  recordKey: string;
  why: 'duplicate' | 'on-file';
  /** Present only when the record is visible under consent. */
  reason?: string;
  record?: StoredRecord;
  hidden: boolean;
  sector?: Sector;
}

export type PrecheckView = Omit<PrecheckState, 'matches'> & { matches: PrecheckMatchView[] };

export interface PlanView {
  plan: Plan;
  history: PlanHistoryEntry[];
  unreadable: number;
  /** Effort titles for the actions' links, visible efforts only. */
  efforts: Record<string, { title: string; sector: Sector; status: string; hidden: false } | { sector?: Sector; hidden: true }>;
}

export interface ConsentFilterResult {
  visible: StoredRecord[];
  hidden: HiddenSector[];
  flags: ViewFlag[];
  isVisible: (key: string) => boolean;
}

/** The pure heart of the consent rule, tested on its own (panel-view.test.ts). */
export function filterByConsent(
  records: readonly StoredRecord[],
  flags: readonly Flag[],
  consents: readonly ConsentRow[],
  userSector: Sector,
  now: string,
): ConsentFilterResult {
  const canSee = (cpr: string, sector: Sector) => canSeeSector(consents, cpr, sector, userSector, now);
  const visible: StoredRecord[] = [];
  const visibleKeys = new Set<string>();
  const byKey = new Map<string, StoredRecord>();
  const hidden = new Map<Sector, HiddenSector>();
  for (const r of records) {
    const key = recordKey(r);
    byKey.set(key, r);
    const cpr = r.linkedCpr || r.citizen.cpr || '';
    if (canSee(cpr, r.sector)) {
      visible.push(r);
      visibleKeys.add(key);
      continue;
    }
    const h = hidden.get(r.sector) ?? { sector: r.sector, records: 0, byKind: {}, citizens: [] };
    h.records++;
    h.byKind[r.kind] = (h.byKind[r.kind] ?? 0) + 1;
    if (cpr && !h.citizens.includes(cpr)) h.citizens.push(cpr);
    hidden.set(r.sector, h);
  }
  return {
    visible,
    hidden: SECTORS.map((s) => hidden.get(s)).filter((h): h is HiddenSector => Boolean(h)),
    flags: flags.map((f) => viewFlagOf(f, scopeOfFlag(f, (k) => byKey.get(k)), canSee)),
    isVisible: (key) => visibleKeys.has(key),
  };
}

export interface BuildOptions {
  /** Standalone panel (an extension tab, not inside a case system): the citizen to show. */
  cpr?: string;
  now?: string;
  /** Only what the panel paints first (see PanelView.head): far less to send than a thousand records. */
  head?: boolean;
}

export async function buildPanelView(db: EnPlanDb, tabId: number | undefined, opts: BuildOptions = {}): Promise<PanelView> {
  const now = opts.now ?? new Date().toISOString();
  const [settings, ctx] = await Promise.all([loadSettings(db), tabId == null ? { frames: {} } : getTabContext(tabId)]);
  const frames = currentFrames(ctx);
  const top = frames.find((f) => f.citizen) ?? frames[0];
  const links = await linkSuggestionsView(db, ctx);
  const pageCitizen = opts.cpr ? { cpr: opts.cpr } : (links.pageCitizen ?? tabCitizen(ctx));
  const view: PanelView = {
    language: settings.language,
    now,
    user: { name: settings.userName, sector: settings.userSector, unit: settings.userUnit },
    readable: frames.length > 0 || Boolean(opts.cpr),
    system: top?.system,
    pageType: top?.pageType,
    pageCitizen,
    errors: frames.flatMap((f) => f.errors),
    morePages: frames.some((f) => f.nextPage),
    family: [],
    records: [],
    hidden: [],
    flags: [],
    consent: { rows: [], summaries: [] },
    otherPlans: [],
    contacts: [],
    linkSuggestions: links.groups,
    ...(tabId != null ? { tabId } : {}),
    ...(Object.values(ctx.frames).some((f) => f.cprLessKeys?.length) ? { unlinkedOnPage: true as const } : {}),
  };
  const cpr = pageCitizen?.cpr;
  const precheck = 'precheck' in ctx ? ctx.precheck : undefined;
  if (!cpr) {
    if (precheck) view.precheck = { ...precheck, matches: precheck.matches.map((m) => ({ recordKey: m.recordKey, why: m.why, hidden: true })) };
    return view;
  }
  const { scope, citizens, records, flags, consents, plans, chosen } = await cachedCitizenData(db, cpr);
  const me = citizens.find((c) => c?.cpr === cpr);
  view.citizen = { cpr, name: me?.name || pageCitizen.name || '', ...(me?.birthDate ? { birthDate: me.birthDate } : {}) };
  view.family = citizens.filter((c) => c && c.cpr !== cpr).map((c) => ({ cpr: c!.cpr, name: c!.name }));

  const filtered = filterByConsent(records, flags, consents, settings.userSector, now);
  view.records = filtered.visible;
  view.hidden = filtered.hidden;
  view.flags = filtered.flags;
  view.consent = { rows: consents, summaries: scope.map((c) => summariseConsent(consents, c, settings.userSector, now)) };

  const byKey = new Map(records.map((r) => [recordKey(r), r]));
  if (precheck) {
    view.precheck = {
      ...precheck,
      matches: precheck.matches.map((m) => {
        const record = byKey.get(m.recordKey);
        if (record && filtered.isVisible(m.recordKey)) return { recordKey: m.recordKey, why: m.why, reason: m.reason, record, hidden: false };
        return { recordKey: m.recordKey, why: m.why, hidden: true, ...(record ? { sector: record.sector } : {}) };
      }),
    };
  }

  if (chosen) {
    const { plan, unreadable } = readPlan(chosen.row);
    const efforts: PlanView['efforts'] = {};
    for (const a of plan.actions) {
      if (!a.effortKey) continue;
      const r = byKey.get(a.effortKey);
      efforts[a.effortKey] =
        r && r.kind === 'effort' && filtered.isVisible(a.effortKey)
          ? { title: r.title, sector: r.sector, status: r.status, hidden: false }
          : { hidden: true, ...(r ? { sector: r.sector } : {}) };
    }
    view.plan = { plan, unreadable, history: historyEntries(chosen.versions), efforts };
  }
  if (opts.head) {
    const named = new Set([...view.flags.flatMap((f) => (f.hidden ? [] : f.recordKeys)), ...(view.precheck?.matches.map((m) => m.recordKey) ?? [])]);
    view.records = view.records.filter((r) => named.has(recordKey(r)));
    view.head = true;
  }
  view.otherPlans = plans.filter((p) => p !== chosen?.row).map((p) => ({ id: p.id, ...(p.title ? { title: p.title } : {}), citizens: p.citizens, updatedAt: p.updatedAt }));
  if (!opts.head) view.contacts = collectContacts(filtered.visible.filter((r) => !r.stale), view.plan?.plan.coordinator);
  return view;
}

/** The citizen's printed plan: plain, no flags, no internal notes; contacts from visible records only. */
export interface PrintView {
  language: Settings['language'];
  generatedAt: string;
  generatedBy: string;
  persons: { cpr: string; name: string }[];
  plan?: Plan;
  contacts: PlanContact[];
  efforts: Record<string, string>;
}

export async function buildPrintView(db: EnPlanDb, cpr: string, now = new Date().toISOString()): Promise<PrintView> {
  const settings = await loadSettings(db);
  const scope = await familyOf(db, cpr);
  const [plans, records, consents] = await Promise.all([plansFor(db, scope), recordsForCitizens(db, scope), consentsFor(db, scope)]);
  const row = plans.find((p) => p.citizens.includes(cpr)) ?? plans[0];
  const plan = row ? readPlan(row).plan : undefined;
  const personsCpr = plan?.citizens ?? [cpr];
  const people = await db.citizens.bulkGet(personsCpr);
  const { visible } = filterByConsent(records, [], consents, settings.userSector, now);
  const efforts: Record<string, string> = {};
  for (const r of visible) if (r.kind === 'effort') efforts[recordKey(r)] = r.title;
  return {
    language: settings.language,
    generatedAt: now,
    generatedBy: settings.userName,
    persons: personsCpr.map((c, i) => ({ cpr: c, name: people[i]?.name ?? '' })),
    ...(plan ? { plan } : {}),
    contacts: collectContacts(visible.filter((r) => !r.stale && personsCpr.includes(r.linkedCpr)), plan?.coordinator),
    efforts,
  };
}
