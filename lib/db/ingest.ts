import { PageReport, recordKey, type CaseworkRecord } from '../model';
import { contentOf, ownCpr } from './content';
import { joinHousehold } from './family';
import { resolveLink, sameLink, withLink } from './links';
import type { CitizenRow, LinkRow, RecordHistoryRow, RecordRow } from './rows';
import type { EnPlanDb } from './schema';
import { iso, later, type InstantInput } from './time';

export interface IngestResult {
  added: number;
  changed: number;
  unchanged: number;
  staled: number;
  /** CPRs whose stored data changed (records, links, staleness, name, family): detection re-runs for them. */
  citizens: string[];
}

export class IngestError extends Error {
  override name = 'IngestError';
}

/**
 * How stale a stored lastSeen may be before a re-read of an unchanged record writes it again. Re-reading a page is
 * the common case (every visit), and rewriting its 1,000 unchanged rows only to move lastSeen cost the browser's
 * IndexedDB some 0.5 s of CPU a visit (2026-12-07, BørneSag's Test Stor). lastSeen serves retention, counted in
 * whole days (retentionDays >= 1), and is shown as a date: an hour behind changes neither.
 */
export const LAST_SEEN_STEP_MS = 60 * 60 * 1000;

/** Nothing about the row would change but a lastSeen less than LAST_SEEN_STEP_MS old: no need to write it. */
function unchangedRecently(prev: RecordRow, next: RecordRow, at: string): boolean {
  return (
    !prev.stale && prev.staleSince === undefined && prev.importedFrom === undefined && prev.importedAt === undefined &&
    sameLink(prev, next) && next.listScopes.length === prev.listScopes.length &&
    Date.parse(at) - Date.parse(prev.lastSeen) < LAST_SEEN_STEP_MS
  );
}

interface Person {
  name?: string;
  birthDate?: string;
  /** A citizen record names the person; a reference on another record only fills gaps. */
  authoritative: boolean;
}

/**
 * Stores what one page showed, in one read-write transaction: a worker that dies half-way leaves nothing behind,
 * and tabs ingesting at the same time are serialised by IndexedDB instead of overwriting each other.
 */
export async function ingestPage(db: EnPlanDb, input: PageReport, now: InstantInput): Promise<IngestResult> {
  const parsed = PageReport.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(`invalid page report at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const report = parsed.data;
  const at = iso(now);

  const incoming = new Map<string, CaseworkRecord>();
  for (const r of report.records) incoming.set(recordKey(r), r);
  const listedIn = new Map<string, Set<string>>();
  for (const list of report.lists) {
    for (const nativeId of list.nativeIds) {
      const key = recordKey({ system: report.system, kind: list.kind as CaseworkRecord['kind'], nativeId });
      (listedIn.get(key) ?? listedIn.set(key, new Set()).get(key)!).add(list.scope);
    }
  }

  return db.transaction('rw', [db.records, db.recordHistory, db.citizens, db.families, db.links], async () => {
    const result: IngestResult = { added: 0, changed: 0, unchanged: 0, staled: 0, citizens: [] };
    const affected = new Set<string>();
    const touch = (...cprs: (string | undefined)[]) => cprs.forEach((c) => c && affected.add(c));

    const keys = [...new Set([...incoming.keys(), ...listedIn.keys()])];
    const stored = new Map<string, RecordRow>();
    (await db.records.bulkGet(keys)).forEach((row) => row && stored.set(row.key, row));
    const needDecisions = [...incoming].filter(([, r]) => !ownCpr(r)).map(([k]) => k);
    const decisions = new Map<string, LinkRow[]>();
    if (needDecisions.length) {
      for (const d of await db.links.where('recordKey').anyOf(needDecisions).toArray()) {
        (decisions.get(d.recordKey) ?? decisions.set(d.recordKey, []).get(d.recordKey)!).push(d);
      }
    }

    const puts: RecordRow[] = [];
    // Rows as they stand but not written again (unchangedRecently): their citizens were still seen.
    const current: RecordRow[] = [];
    const history: Omit<RecordHistoryRow, 'id'>[] = [];
    for (const [key, record] of incoming) {
      const prev = stored.get(key);
      const link = resolveLink(record, prev, decisions.get(key) ?? [], report.citizen?.cpr);
      const listScopes = [...new Set([...(prev?.listScopes ?? []), ...(listedIn.get(key) ?? [])])];
      const fresh = { key, kind: record.kind, system: record.system, sector: record.sector, lastSeen: at, stale: 0 as const, listScopes };
      if (!prev) {
        result.added++;
        puts.push({ ...fresh, record, ...link, firstSeen: at } as RecordRow);
        touch(link.citizenCpr);
        continue;
      }
      // Seen on a page here: the row is no longer only what a colleague's export said, so the import note goes.
      const { staleSince: _s, importedFrom: _f, importedAt: _a, ...kept } = prev;
      if (contentOf(prev.record) === contentOf(record) || isOlderScrape(record, prev.record)) {
        // Same content: only lastSeen moves (and the bookkeeping of links, lists and staleness).
        result.unchanged++;
        const row = withLink({ ...kept, ...fresh, lastSeen: later(prev.lastSeen, at) }, link);
        (unchangedRecently(prev, row, at) ? current : puts).push(row);
        if (prev.stale || !sameLink(prev, link)) touch(prev.citizenCpr, link.citizenCpr);
        continue;
      }
      result.changed++;
      history.push({ recordKey: key, changedAt: at, previous: prev.record, previousLastSeen: prev.lastSeen });
      puts.push(withLink({ ...kept, ...fresh, record }, link));
      touch(prev.citizenCpr, link.citizenCpr);
    }

    // Rows a list names without the page giving the record itself are still there in the source: seen, not stale.
    for (const [key, scopes] of listedIn) {
      const prev = stored.get(key);
      if (!prev || incoming.has(key)) continue;
      const { staleSince: _s, ...kept } = prev;
      const row = { ...kept, lastSeen: later(prev.lastSeen, at), stale: 0 as const, listScopes: [...new Set([...prev.listScopes, ...scopes])] };
      (unchangedRecently(prev, row, at) ? current : puts).push(row);
      if (prev.stale) touch(prev.citizenCpr);
    }

    if (puts.length) await db.records.bulkPut(puts);
    if (history.length) await db.recordHistory.bulkAdd(history as RecordHistoryRow[]);
    result.staled = await markMissingStale(db, report, incoming, at, touch);

    touch(...(await upsertCitizens(db, [...incoming.values()], [...puts, ...current], at)));
    for (const household of households(incoming.values())) touch(...(await joinHousehold(db, household, at)));

    result.citizens = [...affected].sort();
    return result;
  });
}

/** Two tabs can hand in the same record out of order; the older reading must not overwrite the newer one. */
function isOlderScrape(incoming: CaseworkRecord, stored: CaseworkRecord): boolean {
  const a = Date.parse(incoming.provenance.seenAt);
  const b = Date.parse(stored.provenance.seenAt);
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}

async function markMissingStale(
  db: EnPlanDb,
  report: PageReport,
  incoming: Map<string, CaseworkRecord>,
  at: string,
  touch: (...cprs: string[]) => void,
): Promise<number> {
  let staled = 0;
  for (const list of report.lists.filter((l) => l.complete)) {
    const present = new Set(list.nativeIds.map((nativeId) => recordKey({ system: report.system, kind: list.kind as CaseworkRecord['kind'], nativeId })));
    for (const [key, r] of incoming) if (r.kind === list.kind) present.add(key);
    // Keys first (an index walk, no rows read): on a re-read nearly every row of the list is present, and reading
    // a thousand rows only to drop them cost more than the rest of the ingest.
    const inScope = (await db.records.where('listScopes').equals(list.scope).primaryKeys()) as string[];
    const candidates = inScope.filter((key) => !present.has(key));
    const missing = candidates.length
      ? (await db.records.bulkGet(candidates)).filter(
          (row): row is RecordRow => !!row && row.kind === list.kind && row.system === report.system && !row.stale,
        )
      : [];
    for (const row of missing) await db.records.put({ ...row, stale: 1, staleSince: at });
    staled += missing.length;
    touch(...missing.map((r) => r.citizenCpr));
  }
  return staled;
}

function people(records: readonly CaseworkRecord[], rows: readonly RecordRow[]): Map<string, Person> {
  const out = new Map<string, Person>();
  const note = (cpr: string | undefined, p: Person) => {
    if (!cpr) return;
    const known = out.get(cpr);
    if (!known || (p.authoritative && !known.authoritative)) out.set(cpr, p);
    else out.set(cpr, { ...known, name: known.name ?? p.name, birthDate: known.birthDate ?? p.birthDate });
  };
  for (const r of records) {
    if (r.kind === 'citizen') {
      note(ownCpr(r), { name: r.name, birthDate: r.birthDate ?? r.citizen.birthDate, authoritative: true });
      for (const rel of r.relations) note(rel.cpr, { name: rel.name, birthDate: rel.birthDate, authoritative: false });
    } else {
      note(r.citizen.cpr, { name: r.citizen.name, birthDate: r.citizen.birthDate, authoritative: false });
    }
  }
  // A record linked by a caseworker's decision makes that citizen "seen" too.
  for (const row of rows) note(row.citizenCpr || undefined, { authoritative: false });
  return out;
}

async function upsertCitizens(db: EnPlanDb, records: CaseworkRecord[], rows: RecordRow[], at: string): Promise<string[]> {
  const seen = people(records, rows);
  const cprs = [...seen.keys()];
  const existing = await db.citizens.bulkGet(cprs);
  const changed: string[] = [];
  const puts: CitizenRow[] = [];
  cprs.forEach((cpr, i) => {
    const p = seen.get(cpr)!;
    const old = existing[i];
    const name = (p.authoritative ? p.name || old?.name : old?.name || p.name) ?? '';
    const birthDate = p.authoritative ? (p.birthDate ?? old?.birthDate) : (old?.birthDate ?? p.birthDate);
    if (!old || old.name !== name || old.birthDate !== birthDate) changed.push(cpr);
    // As for records: any write drops the worker's cached views (generational-cache.ts), and the panel's then reads
    // the citizen's 1,000 records again.
    else if (Date.parse(at) - Date.parse(old.lastSeen) < LAST_SEEN_STEP_MS) return;
    const row: CitizenRow = { ...old, cpr, name, firstSeen: old?.firstSeen ?? at, lastSeen: later(old?.lastSeen ?? at, at) };
    if (birthDate) row.birthDate = birthDate;
    puts.push(row);
  });
  if (puts.length) await db.citizens.bulkPut(puts);
  return changed;
}

/** A citizen record with relations describes a household: the person and every relative with a full CPR. */
function* households(records: Iterable<CaseworkRecord>): Generator<string[]> {
  for (const r of records) {
    if (r.kind !== 'citizen') continue;
    const cpr = ownCpr(r);
    const members = r.relations.map((rel) => rel.cpr).filter((c): c is string => !!c);
    if (cpr && members.length) yield [cpr, ...members];
  }
}
