import type { EnPlanDb } from '../db/schema';
import type { RecordRow } from '../db/rows';
import { ownCpr } from '../db/content';
import { decideLink } from '../db/links';
import { logAccess } from '../db/audit';
import { birthKey, linkRecords, type LinkReason } from '../link';
import { recordKey, type CaseworkRecord, type PageReport, type RecordKind, type Sector } from '../model';
import { tabCitizen, type TabContext } from './tab-context';

/**
 * Issue 4 point 2, the caseworker's side: records on the page the caseworker is on that name their citizen only by
 * masked CPR or by name and birth date, grouped by the person the page shows, with the known citizen(s) they may be.
 * Nothing here links anything by itself; `decideSuggestion` applies what the caseworker chose.
 */

/** A list of thousands of citizens is not reviewed row by row in a side panel: the first ones are offered. */
export const MAX_PAGE_KEYS = 500;
/** Record titles shown per group; the rest are only counted. */
const SAMPLE_TITLES = 5;

export type SuggestionReason = LinkReason | 'earlier-link';

export interface LinkCandidateView {
  cpr: string;
  name: string;
  score: number;
  reasons: SuggestionReason[];
}

export interface LinkSuggestionGroup {
  /** Stable for the same page, person and candidates: a decision names the group it was made on. */
  id: string;
  system: string;
  sector: Sector;
  /** What the page shows about the person: never a CPR, which it does not show in full. */
  shown: { name?: string; birthDate?: string };
  recordCount: number;
  records: { kind: RecordKind; title: string }[];
  /** Best first. More than one: the caseworker must pick, nothing is preselected. */
  candidates: LinkCandidateView[];
  ambiguous: boolean;
}

export interface LinkSuggestionsView {
  groups: LinkSuggestionGroup[];
  /**
   * The citizen a page without a full CPR turned out to be, once the caseworker confirmed it: the panel then shows
   * that citizen as on any other page of theirs.
   */
  pageCitizen?: { cpr: string; name?: string; birthDate?: string };
}

type Group = LinkSuggestionGroup & { recordKeys: string[] };

/** The keys of the records a page report holds without a full CPR: kept with the tab, so the panel can offer them. */
export function cprLessKeys(report: PageReport): string[] | undefined {
  const keys: string[] = [];
  for (const r of report.records) {
    if (keys.length >= MAX_PAGE_KEYS) break;
    if (!ownCpr(r)) keys.push(recordKey(r));
  }
  return keys.length ? keys : undefined;
}

function refOf(r: CaseworkRecord): { name?: string; birthDate?: string } {
  const own = r.kind === 'citizen' ? { name: r.name, birthDate: r.birthDate } : {};
  return { name: r.citizen.name ?? own.name, birthDate: r.citizen.birthDate ?? own.birthDate };
}

function titleOf(r: CaseworkRecord): string {
  if (r.kind === 'citizen' || r.kind === 'contact') return r.name;
  if (r.kind === 'request') return r.label;
  return r.title;
}

/** FNV-1a: a short, stable id; not a secret and not a check, just a handle for the group. */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `g${(h >>> 0).toString(36)}`;
}

function pageKeys(ctx: TabContext): string[] {
  const keys = Object.entries(ctx.frames)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([, f]) => f.cprLessKeys ?? []);
  return [...new Set(keys)].slice(0, MAX_PAGE_KEYS);
}

const open = (r: RecordRow) => r.linkState === 'unlinked' || r.linkState === 'suggested';

async function groupsFor(db: EnPlanDb, rows: RecordRow[]): Promise<Group[]> {
  const openRows = rows.filter(open);
  if (!openRows.length) return [];
  // A citizen's key is their CPR, whose first six digits are DDMMYY: exactly what a masked CPR still tells.
  const prefixes = [...new Set(openRows.map((r) => refOf(r.record).birthDate).filter((d): d is string => !!d).map(birthKey))];
  const suggested = [...new Set(openRows.map((r) => r.suggestedCpr).filter((c): c is string => !!c))];
  const [byPrefix, bySuggestion, decisions] = await Promise.all([
    Promise.all(prefixes.map((p) => db.citizens.where('cpr').startsWith(p).toArray())),
    db.citizens.bulkGet(suggested),
    db.links.where('recordKey').anyOf(openRows.map((r) => r.key)).toArray(),
  ]);
  const known = new Map([...byPrefix.flat(), ...bySuggestion.filter((c) => !!c)].map((c) => [c!.cpr, c!]));
  // The linker compares records with records: each known citizen is presented as the record the store knows it by.
  const profiles: CaseworkRecord[] = [...known.values()]
    .filter((c) => c.name)
    .map((c) => ({
      kind: 'citizen',
      system: 'en-plan',
      sector: 'job',
      nativeId: c.cpr,
      citizen: { cpr: c.cpr, name: c.name, birthDate: c.birthDate },
      name: c.name,
      cpr: c.cpr,
      birthDate: c.birthDate,
      relations: [],
      provenance: { system: 'en-plan', url: 'store', adapterId: 'store', adapterVersion: '0', seenAt: c.lastSeen },
    }));
  const result = linkRecords([...profiles, ...openRows.map((r) => r.record)], decisions);
  const byKey = new Map(result.suggestions.map((s) => [s.recordKey, s]));
  const rejected = new Set(decisions.filter((d) => d.decision === 'rejected').map((d) => `${d.recordKey}\u0000${d.cpr}`));

  const groups = new Map<string, Group>();
  for (const row of openRows) {
    const candidates: LinkCandidateView[] = (byKey.get(row.key)?.candidates ?? []).map((c) => ({
      cpr: c.cpr,
      name: known.get(c.cpr)?.name ?? '',
      score: c.score,
      reasons: c.reasons,
    }));
    // A link the store already proposed (the record used to carry this CPR) stays on offer until it is answered.
    const earlier = row.suggestedCpr;
    if (earlier && !rejected.has(`${row.key}\u0000${earlier}`) && !candidates.some((c) => c.cpr === earlier)) {
      candidates.push({ cpr: earlier, name: known.get(earlier)?.name ?? '', score: 0, reasons: ['earlier-link'] });
    }
    if (!candidates.length) continue;
    const shown = refOf(row.record);
    const sig = [row.system, shown.name ?? '', shown.birthDate ?? '', ...candidates.map((c) => c.cpr)].join('\u0000');
    let g = groups.get(sig);
    if (!g) {
      g = {
        id: hashId(sig),
        system: row.system,
        sector: row.sector,
        shown: { ...(shown.name ? { name: shown.name } : {}), ...(shown.birthDate ? { birthDate: shown.birthDate } : {}) },
        recordCount: 0,
        records: [],
        candidates,
        ambiguous: candidates.length > 1,
        recordKeys: [],
      };
      groups.set(sig, g);
    }
    g.recordCount++;
    g.recordKeys.push(row.key);
    if (g.records.length < SAMPLE_TITLES) g.records.push({ kind: row.kind, title: titleOf(row.record) });
  }
  return [...groups.values()];
}

async function pageRows(db: EnPlanDb, ctx: TabContext): Promise<RecordRow[]> {
  const keys = pageKeys(ctx);
  if (!keys.length) return [];
  return (await db.records.bulkGet(keys)).filter((r): r is RecordRow => !!r);
}

/** The one citizen every confirmed record of a CPR-less page was linked to, when the page shows one person. */
function confirmedPageCitizen(ctx: TabContext, rows: RecordRow[]): LinkSuggestionsView['pageCitizen'] {
  const ref = tabCitizen(ctx);
  if (!ref || ref.cpr) return undefined;
  const mine = rows.filter((r) => {
    const shown = refOf(r.record);
    return shown.name === ref.name && shown.birthDate === ref.birthDate;
  });
  const cprs = new Set(mine.filter((r) => r.linkState === 'confirmed').map((r) => r.citizenCpr));
  const [cpr] = [...cprs];
  if (cprs.size !== 1 || !cpr || mine.some(open)) return undefined;
  return { cpr, ...(ref.name ? { name: ref.name } : {}), ...(ref.birthDate ? { birthDate: ref.birthDate } : {}) };
}

/** What the panel shows about unlinked records on the tab's page. Costs nothing on pages where every CPR is shown. */
export async function linkSuggestionsView(db: EnPlanDb, ctx: TabContext): Promise<LinkSuggestionsView> {
  const rows = await pageRows(db, ctx);
  if (!rows.length) return { groups: [] };
  const groups = (await groupsFor(db, rows)).map(({ recordKeys: _k, ...g }) => g);
  const pageCitizen = confirmedPageCitizen(ctx, rows);
  return pageCitizen ? { groups, pageCitizen } : { groups };
}

export interface SuggestionDecision {
  groupId: string;
  decision: 'confirmed' | 'rejected';
  /** Confirm: the citizen picked. Reject: all candidates of the group are rejected, `cpr` is not needed. */
  cpr?: string;
}

export type DecisionResult = { ok: true; citizens: string[]; records: number } | { ok: false; error: 'unknown-suggestion' | 'not-a-candidate' };

/**
 * Applies a caseworker's answer to one group on the tab's page, and logs it. Only what the panel was offered for
 * this tab can be decided: a group that changed meanwhile (a new candidate, a record linked elsewhere) is refused
 * and the panel shows the new state instead.
 */
export async function decideSuggestion(db: EnPlanDb, ctx: TabContext, d: SuggestionDecision, user: string, now: string): Promise<DecisionResult> {
  const group = (await groupsFor(db, await pageRows(db, ctx))).find((g) => g.id === d.groupId);
  if (!group) return { ok: false, error: 'unknown-suggestion' };
  const cprs = d.decision === 'confirmed' ? [d.cpr] : group.candidates.map((c) => c.cpr);
  if (cprs.some((c) => !c || !group.candidates.some((g) => g.cpr === c))) return { ok: false, error: 'not-a-candidate' };
  const citizens = new Set<string>();
  await db.transaction('rw', [db.links, db.records, db.citizens, db.audit], async () => {
    for (const cpr of cprs as string[]) {
      for (const key of group.recordKeys) {
        const row = await decideLink(db, key, cpr, d.decision, user, now);
        if (row?.citizenCpr) citizens.add(row.citizenCpr);
      }
      // No names or record content in the log: it outlives the data. The citizen may read who linked what to them.
      await logAccess(
        db,
        {
          user,
          citizenCpr: cpr,
          action: 'link-decision',
          purpose: 'sammenkædning af borgerens oplysninger',
          detail: `${d.decision === 'confirmed' ? 'bekræftet' : 'afvist'}: ${group.recordKeys.length} registrering(er) uden fuldt CPR-nummer i ${group.system}`,
        },
        now,
      );
    }
  });
  return { ok: true, citizens: [...citizens].sort(), records: group.recordKeys.length };
}
