import { FLAG_RULES, SECTORS, type Flag, type FlagRule, type Sector, type Settings } from '../model';
import { effectiveInfoType } from '../taxonomy/info-types';
import { effortGroup } from '../taxonomy/effort-categories';
import type { CoreData, OverviewRecord } from './source';
import { monthOf } from './months';

export type SubjectKind = 'citizen' | 'family';

/** What the records say about a row: known for every row once all records are read, before that for some. */
export interface SubjectStats {
  units: number;
  caseworkers: number;
  activePlans: number;
  efforts: Record<Sector, number>;
  lastActivity?: string;
  /** '' is this browser; other entries name colleagues whose exports hold records of this subject. */
  sources: string[];
}

/** A row of the overview: one citizen, or one household whose flags and plan are shared. */
export interface Subject {
  id: string;
  kind: SubjectKind;
  members: { cpr: string; name: string }[];
  /** Lower-case names and CPR digits, so a search is one `includes` per word. */
  haystack: string;
  stats?: SubjectStats;
}

/** A flag with what the filters and charts ask about it worked out once. */
export interface FlagFacts {
  flag: Flag;
  rule: FlagRule;
  subjects: string[];
  /** The latest day among the flag's records (the second request, the last meeting ...), YYYY-MM-DD. */
  date: string;
  month: string;
  unitKeys: string[];
  sectors: Sector[];
  /** Kroner at stake: the fee of every request after the first. */
  fee: number;
  /** Records the flag rests on (requests in a duplicate, meetings in a cluster, plans ...). */
  size: number;
  infoType?: string;
  effortGroup?: string;
  /** Sorted sectors of a parallel effort, joined with '+'. */
  sectorPair?: string;
}

export interface UnitOption {
  key: string;
  label: string;
  sector: Sector;
}

export interface SourceCount {
  source: string;
  records: number;
}

export interface Prepared {
  today: string;
  settings: Settings;
  subjects: Map<string, Subject>;
  flags: FlagFacts[];
  units: UnitOption[];
  sources: SourceCount[];
  /** Records read: all of them once complete. */
  records: number;
  citizens: number;
  /**
   * False while only some records are read: rows, flag counts and search work; the record-based columns are known
   * for some rows only, and filters on unit, sector and period, the charts and the exports wait for the rest.
   */
  complete: boolean;
}

export const unitKey = (sector: Sector, unit: string) => `${sector}|${unit.trim().toLocaleLowerCase('da')}`;

const emptyEfforts = (): Record<Sector, number> => Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;

interface Acc {
  units: Set<string>;
  caseworkers: Set<string>;
  activePlans: number;
  efforts: Record<Sector, number>;
  lastActivity?: string;
  sources: Set<string>;
}

/** Which row each citizen belongs to: their household's, else their own. */
export function subjectIndex(core: Pick<CoreData, 'families' | 'citizens'>) {
  const subjectOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const f of core.families) {
    if (f.members.length < 2) continue;
    const id = `family:${f.id}`;
    // A person in two recorded households (a child in two homes) stays in the first: one row per person.
    const own = f.members.filter((m) => !subjectOf.has(m));
    if (own.length < 2) continue;
    own.forEach((m) => subjectOf.set(m, id));
    members.set(id, own);
  }
  const subjectId = (cpr: string) => {
    let id = subjectOf.get(cpr);
    if (!id) {
      id = cpr;
      subjectOf.set(cpr, id);
      members.set(id, [cpr]);
    }
    return id;
  };
  for (const c of core.citizens) subjectId(c.cpr);
  return { subjectId, members };
}

/**
 * Everything the page needs that does not depend on the filters, in one pass over the records and one over the
 * flags; filtering and sorting then work on a few thousand rows, never on the 100,000 records again.
 *
 * `known` names the citizens whose records are all in `records` (the first screen's rows); without it, `records`
 * is every record in the store and the result is complete.
 */
export function prepare(core: CoreData, records: readonly OverviewRecord[], known?: ReadonlySet<string>): Prepared {
  const names = new Map(core.citizens.map((c) => [c.cpr, c.name]));
  const { subjectId, members } = subjectIndex(core);

  const byKey = new Map<string, OverviewRecord>();
  const acc = new Map<string, Acc>();
  const unitLabels = new Map<string, UnitOption>();
  const sourceCounts = new Map<string, number>();
  for (const r of records) {
    byKey.set(r.key, r);
    sourceCounts.set(r.source, (sourceCounts.get(r.source) ?? 0) + 1);
    const id = subjectId(r.cpr);
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { units: new Set(), caseworkers: new Set(), activePlans: 0, efforts: emptyEfforts(), sources: new Set() }));
    a.sources.add(r.source);
    if (r.stale) continue;
    if (r.unit) {
      const key = unitKey(r.sector, r.unit);
      a.units.add(key);
      if (!unitLabels.has(key)) unitLabels.set(key, { key, label: r.unit.trim(), sector: r.sector });
    }
    if (r.caseworker) a.caseworkers.add(r.caseworker.trim().toLocaleLowerCase('da'));
    if (r.kind === 'plan' && r.status === 'active') a.activePlans++;
    if (r.kind === 'effort' && r.status === 'active') a.efforts[r.sector]++;
    // Last activity is what has happened: a meeting planned for next month is not activity yet.
    if (r.date && r.date <= core.today && (!a.lastActivity || r.date > a.lastActivity)) a.lastActivity = r.date;
  }

  // Household members in the order of how many flags name them (the parent, usually), so a row opens the same
  // person's plan view before and after all records are read.
  const flagsPer = new Map<string, number>();
  for (const f of core.flags) for (const c of f.citizens) flagsPer.set(c, (flagsPer.get(c) ?? 0) + 1);

  const subjects = new Map<string, Subject>();
  for (const [id, cprs] of members) {
    const a = acc.get(id);
    const people = [...cprs].sort((x, y) => (flagsPer.get(y) ?? 0) - (flagsPer.get(x) ?? 0) || x.localeCompare(y)).map((cpr) => ({ cpr, name: names.get(cpr) ?? '' }));
    const subject: Subject = {
      id,
      kind: id.startsWith('family:') ? 'family' : 'citizen',
      members: people,
      haystack: people.map((p) => `${p.name.toLocaleLowerCase('da')} ${p.cpr}`).join(' '),
    };
    if (!known || cprs.every((c) => known.has(c))) {
      subject.stats = {
        units: a?.units.size ?? 0,
        caseworkers: a?.caseworkers.size ?? 0,
        activePlans: a?.activePlans ?? 0,
        efforts: a?.efforts ?? emptyEfforts(),
        ...(a?.lastActivity ? { lastActivity: a.lastActivity } : {}),
        sources: a ? [...a.sources].sort() : [],
      };
    }
    subjects.set(id, subject);
  }

  return {
    today: core.today,
    settings: core.settings,
    subjects,
    flags: core.flags.map((flag) => flagFacts(flag, byKey, subjectId, core.settings)),
    units: [...unitLabels.values()].sort((a, b) => a.sector.localeCompare(b.sector) || a.label.localeCompare(b.label, 'da')),
    sources: [...sourceCounts].map(([source, n]) => ({ source, records: n })).sort((a, b) => a.source.localeCompare(b.source, 'da')),
    records: records.length,
    citizens: core.citizens.length,
    complete: !known,
  };
}

function flagFacts(flag: Flag, byKey: Map<string, OverviewRecord>, subjectId: (cpr: string) => string, settings: Settings): FlagFacts {
  const records = flag.recordKeys.map((k) => byKey.get(k)).filter((r): r is OverviewRecord => !!r);
  let date = '';
  const units = new Set<string>();
  const sectors = new Set<Sector>();
  for (const r of records) {
    if (r.date && r.date > date) date = r.date;
    if (r.unit) units.add(unitKey(r.sector, r.unit));
    sectors.add(r.sector);
  }
  if (!date) date = flag.detectedAt.slice(0, 10);
  const facts: FlagFacts = {
    flag,
    rule: flag.rule,
    subjects: [...new Set(flag.citizens.map(subjectId))],
    date,
    month: monthOf(date),
    unitKeys: [...units],
    sectors: [...sectors].sort(),
    fee: flag.feeAtStake ?? (flag.rule === 'duplicate-request' ? duplicateFee(records, settings) : 0),
    size: flag.recordKeys.length,
  };
  const info = records.find((r) => r.infoType)?.infoType;
  if (info && (flag.rule === 'duplicate-request' || flag.rule === 'information-on-file')) facts.infoType = info;
  if (flag.rule === 'parallel-efforts') {
    const category = records.find((r) => r.category)?.category;
    if (category) facts.effortGroup = effortGroup(category);
    facts.sectorPair = facts.sectors.join('+');
  }
  return facts;
}

/** For flags detected before fees were known: every request after the first costs its fee again. */
function duplicateFee(records: OverviewRecord[], settings: Settings): number {
  const requests = records.filter((r) => r.kind === 'request').sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return requests.slice(1).reduce((sum, r) => sum + (r.fee ?? (r.infoType ? effectiveInfoType(r.infoType, settings.infoTypes)?.fee : undefined) ?? 0), 0);
}

export const RULES: readonly FlagRule[] = FLAG_RULES;
