import { FLAG_RULES, type FlagRule, type Sector } from '../model';
import { addMonths, lastDayOf, monthRange } from './months';
import type { FlagFacts, Prepared, Subject } from './prepare';

export interface Filters {
  /** 'open' shows what still needs doing; 'all' adds acknowledged and resolved flags (never dismissed ones). */
  status: 'open' | 'all';
  rule?: FlagRule;
  /** A unit key (see unitKey). */
  unit?: string;
  sector?: Sector;
  /** First and last month of the period, 'YYYY-MM', both included. */
  from?: string;
  to?: string;
  query?: string;
}

export const NO_FILTERS: Filters = { status: 'open' };

export interface OverviewRow {
  subject: Subject;
  flags: number;
  byRule: Record<FlagRule, number>;
  fee: number;
}

const emptyByRule = (): Record<FlagRule, number> => Object.fromEntries(FLAG_RULES.map((r) => [r, 0])) as Record<FlagRule, number>;

/** The flags that count under the filters: the table and the charts are always about the same flags. */
export function matchingFlags(p: Prepared, f: Filters): FlagFacts[] {
  const toDay = f.to ? lastDayOf(f.to) : undefined;
  return p.flags.filter(
    (x) =>
      (f.status === 'open' ? x.flag.status === 'open' : x.flag.status !== 'dismissed') &&
      (!f.rule || x.rule === f.rule) &&
      (!f.unit || x.unitKeys.includes(f.unit)) &&
      (!f.sector || x.sectors.includes(f.sector)) &&
      (!f.from || x.date >= `${f.from}-01`) &&
      (!toDay || x.date <= toDay),
  );
}

/** Words of a search: all must match. Digits match a CPR with or without its dash. */
export function searchTerms(query: string | undefined): string[] {
  return (query ?? '')
    .toLocaleLowerCase('da')
    .split(/\s+/)
    .map((w) => (/^\d{6}-\d{0,4}$/.test(w) ? w.replace('-', '') : w))
    .filter(Boolean);
}

export function selectRows(p: Prepared, flags: FlagFacts[], query?: string): OverviewRow[] {
  const terms = searchTerms(query);
  const rows = new Map<string, OverviewRow>();
  for (const x of flags) {
    for (const id of x.subjects) {
      let row = rows.get(id);
      if (!row) {
        const subject = p.subjects.get(id);
        if (!subject || !terms.every((t) => subject.haystack.includes(t))) continue;
        rows.set(id, (row = { subject, flags: 0, byRule: emptyByRule(), fee: 0 }));
      }
      row.flags++;
      row.byRule[x.rule]++;
      row.fee += x.fee;
    }
  }
  return [...rows.values()];
}

export type SortKey = 'name' | 'flags' | FlagRule | 'units' | 'caseworkers' | 'activePlans' | 'efforts' | 'lastActivity' | 'fee';
export type SortDir = 'asc' | 'desc';

const effortTotal = (e: Record<Sector, number>) => e.job + e.children + e.adult + e.health;
export const rowName = (r: OverviewRow) => r.subject.members.map((m) => m.name || m.cpr).join(', ');

/** Rows whose records are not read yet sort after every known value (-1, ''), whatever the direction is later. */
function value(r: OverviewRow, key: SortKey): number | string {
  const s = r.subject.stats;
  switch (key) {
    case 'name':
      return rowName(r);
    case 'flags':
      return r.flags;
    case 'units':
      return s ? s.units : -1;
    case 'caseworkers':
      return s ? s.caseworkers : -1;
    case 'activePlans':
      return s ? s.activePlans : -1;
    case 'efforts':
      return s ? effortTotal(s.efforts) : -1;
    case 'lastActivity':
      return s?.lastActivity ?? '';
    case 'fee':
      return r.fee;
    default:
      return r.byRule[key];
  }
}

const collator = new Intl.Collator('da');

/** Stable: equal rows keep name order, so a re-sort never shuffles what the user was looking at. */
export function sortRows(rows: OverviewRow[], key: SortKey, dir: SortDir): OverviewRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((r) => ({ r, v: value(r, key), n: rowName(r) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c * sign || collator.compare(a.n, b.n) || a.r.subject.id.localeCompare(b.r.subject.id);
  });
  return keyed.map((k) => k.r);
}

export interface Aggregates {
  months: string[];
  totals: { flags: number; subjects: number; fee: number; byRule: Record<FlagRule, number> };
  duplicatesByMonth: { month: string; flags: number; requests: number; fee: number }[];
  duplicatesByType: { infoType: string; flags: number; requests: number; fee: number }[];
  parallelByGroup: { group: string; flags: number }[];
  parallelBySectorPair: { pair: string; flags: number }[];
  meetingClustersByMonth: { month: string; flags: number; meetings: number }[];
  /** Citizens with more than one active plan, by how many: 2, 3 and 4 (meaning four or more). */
  multiplePlans: { plans: 2 | 3 | 4; citizens: number }[];
  trend: { month: string; byRule: Record<FlagRule, number> }[];
}

/** The months the charts show: the chosen period, or the last twelve up to the latest flag (upcoming meetings included). */
export function chartMonths(p: Prepared, f: Filters, flags: FlagFacts[]): string[] {
  const now = p.today.slice(0, 7);
  if (f.from || f.to) {
    const to = f.to ?? now;
    const from = f.from ?? addMonths(to, -11);
    return monthRange(from, to).slice(-36);
  }
  const latest = flags.reduce((m, x) => (x.month > m ? x.month : m), now);
  const to = latest > addMonths(now, 3) ? addMonths(now, 3) : latest;
  return monthRange(addMonths(to, -11), to);
}

/** One pass over the matching flags. */
export function aggregate(p: Prepared, flags: FlagFacts[], rows: OverviewRow[], f: Filters): Aggregates {
  const months = chartMonths(p, f, flags);
  const byRule = emptyByRule();
  const dupMonth = new Map(months.map((m) => [m, { month: m, flags: 0, requests: 0, fee: 0 }]));
  const dupType = new Map<string, Aggregates['duplicatesByType'][number]>();
  const parGroup = new Map<string, number>();
  const parPair = new Map<string, number>();
  const meetMonth = new Map(months.map((m) => [m, { month: m, flags: 0, meetings: 0 }]));
  const plansOf = new Map<string, number>();
  const trend = new Map(months.map((m) => [m, { month: m, byRule: emptyByRule() }]));
  const counted = new Set(rows.map((r) => r.subject.id));
  let fee = 0;
  let total = 0;
  for (const x of flags) {
    // A search narrows the table; the charts follow it, so they never count someone the table does not show.
    if (!x.subjects.some((s) => counted.has(s))) continue;
    total++;
    byRule[x.rule]++;
    fee += x.fee;
    const inMonth = trend.get(x.month);
    if (inMonth) inMonth.byRule[x.rule]++;
    if (x.rule === 'duplicate-request') {
      const m = dupMonth.get(x.month);
      if (m) {
        m.flags++;
        m.requests += x.size - 1;
        m.fee += x.fee;
      }
      const key = x.infoType ?? 'unknown';
      const t = dupType.get(key) ?? { infoType: key, flags: 0, requests: 0, fee: 0 };
      t.flags++;
      t.requests += x.size - 1;
      t.fee += x.fee;
      dupType.set(key, t);
    } else if (x.rule === 'parallel-efforts') {
      const g = x.effortGroup ?? 'other';
      parGroup.set(g, (parGroup.get(g) ?? 0) + 1);
      const pair = x.sectorPair ?? '';
      parPair.set(pair, (parPair.get(pair) ?? 0) + 1);
    } else if (x.rule === 'meeting-cluster') {
      const m = meetMonth.get(x.month);
      if (m) {
        m.flags++;
        m.meetings += x.size;
      }
    } else if (x.rule === 'multiple-plans') {
      for (const cpr of x.flag.citizens) plansOf.set(cpr, Math.max(plansOf.get(cpr) ?? 0, x.size));
    }
  }
  const planBuckets = { 2: 0, 3: 0, 4: 0 } as Record<2 | 3 | 4, number>;
  for (const n of plansOf.values()) planBuckets[n >= 4 ? 4 : (n as 2 | 3)]++;
  const desc = <T extends { flags: number }>(a: T, b: T) => b.flags - a.flags;
  return {
    months,
    totals: { flags: total, subjects: rows.length, fee, byRule },
    duplicatesByMonth: [...dupMonth.values()],
    duplicatesByType: [...dupType.values()].sort((a, b) => desc(a, b) || b.fee - a.fee || a.infoType.localeCompare(b.infoType)),
    parallelByGroup: [...parGroup].map(([group, n]) => ({ group, flags: n })).sort((a, b) => desc(a, b) || a.group.localeCompare(b.group)),
    parallelBySectorPair: [...parPair].map(([pair, n]) => ({ pair, flags: n })).sort((a, b) => desc(a, b) || a.pair.localeCompare(b.pair)),
    meetingClustersByMonth: [...meetMonth.values()],
    multiplePlans: ([2, 3, 4] as const).map((plans) => ({ plans, citizens: planBuckets[plans] })),
    trend: [...trend.values()],
  };
}
