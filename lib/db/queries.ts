import { FlagStatus, type CaseworkRecord, type Flag, type Sector } from '../model';
import type { CitizenRow, LinkState, RecordRow } from './rows';
import type { EnPlanDb } from './schema';
import { iso, type InstantInput } from './time';

/** A record as the detectors and the panel read it: the source's record plus what the store knows about it. */
export type StoredRecord = CaseworkRecord & {
  stale: boolean;
  staleSince?: string;
  firstSeen: string;
  lastSeen: string;
  linkState: LinkState;
  /** The citizen the record is linked to, which for a confirmed link is not on the record itself. */
  linkedCpr: string;
  importedFrom?: string;
};

export function toStoredRecord(row: RecordRow): StoredRecord {
  const meta = { stale: row.stale === 1, firstSeen: row.firstSeen, lastSeen: row.lastSeen, linkState: row.linkState, linkedCpr: row.citizenCpr };
  return Object.assign({}, row.record, meta, row.staleSince ? { staleSince: row.staleSince } : {}, row.importedFrom ? { importedFrom: row.importedFrom } : {});
}

export async function recordsForCitizens(db: EnPlanDb, cprs: readonly string[]): Promise<StoredRecord[]> {
  const wanted = cprs.filter(Boolean);
  if (!wanted.length) return [];
  const rows = await db.records.where('citizenCpr').anyOf(wanted).toArray();
  return rows.map(toStoredRecord);
}

/** The citizen and everyone in their household, the citizen included, sorted; just [cpr] without a family. */
export async function familyOf(db: EnPlanDb, cpr: string): Promise<string[]> {
  const families = await db.families.where('members').equals(cpr).toArray();
  return [...new Set([cpr, ...families.flatMap((f) => f.members)])].sort();
}

export interface CitizenSummary {
  citizen?: CitizenRow;
  family: string[];
  records: number;
  stale: number;
  byKind: Partial<Record<CaseworkRecord['kind'], number>>;
  sectors: Sector[];
  systems: string[];
  lastSeen?: string;
  openFlags: number;
  plans: number;
  activeConsents: number;
}

export async function citizenSummary(db: EnPlanDb, cpr: string, now: InstantInput = new Date()): Promise<CitizenSummary> {
  const at = iso(now);
  const [citizen, family, rows, flags, plans, consents] = await Promise.all([
    db.citizens.get(cpr),
    familyOf(db, cpr),
    db.records.where('citizenCpr').equals(cpr).toArray(),
    db.flags.where('citizens').equals(cpr).toArray(),
    db.plans.where('citizens').equals(cpr).count(),
    db.consents.where('citizenCpr').equals(cpr).toArray(),
  ]);
  const byKind: CitizenSummary['byKind'] = {};
  for (const r of rows) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  return {
    citizen,
    family,
    records: rows.length,
    stale: rows.filter((r) => r.stale).length,
    byKind,
    sectors: [...new Set(rows.map((r) => r.sector))].sort(),
    systems: [...new Set(rows.map((r) => r.system))].sort(),
    lastSeen: rows.reduce<string | undefined>((m, r) => (!m || r.lastSeen > m ? r.lastSeen : m), undefined),
    openFlags: flags.filter((f) => f.status === 'open').length,
    plans,
    activeConsents: consents.filter((c) => !c.withdrawnAt && (!c.expires || c.expires >= at.slice(0, c.expires.length))).length,
  };
}

export async function flagsFor(db: EnPlanDb, cprs: readonly string[]): Promise<Flag[]> {
  if (!cprs.length) return [];
  return db.flags.where('citizens').anyOf([...cprs]).distinct().toArray();
}

/** Keeps the caseworkers' statuses when flags are detected again; lib/detect's mergeFlagStatus fits. */
export type MergeFlags = (existing: Flag[], detected: Flag[]) => Flag[];

/**
 * Replaces the flags of one scope (a citizen or a family) by a fresh detection. Only flags wholly inside the scope
 * are replaced: a flag that also concerns someone outside it was detected with records this run did not see.
 */
export async function saveFlags(db: EnPlanDb, cprs: readonly string[], detected: Flag[], merge: MergeFlags): Promise<Flag[]> {
  const scope = new Set(cprs);
  return db.transaction('rw', db.flags, async () => {
    const existing = (await flagsFor(db, cprs)).filter((f) => f.citizens.every((c) => scope.has(c)));
    const merged = merge(existing, detected);
    const keep = new Set(merged.map((f) => f.id));
    await db.flags.bulkDelete(existing.filter((f) => !keep.has(f.id)).map((f) => f.id));
    await db.flags.bulkPut(merged);
    return merged;
  });
}

export async function setFlagStatus(
  db: EnPlanDb,
  id: string,
  status: FlagStatus,
  note: string | undefined,
  by: string,
  now: InstantInput,
): Promise<Flag | undefined> {
  FlagStatus.parse(status);
  const at = iso(now);
  return db.transaction('rw', db.flags, async () => {
    const flag = await db.flags.get(id);
    if (!flag) return undefined;
    const next: Flag = { ...flag, status, statusBy: by, statusAt: at };
    if (note) next.statusNote = note;
    else delete next.statusNote;
    await db.flags.put(next);
    return next;
  });
}
