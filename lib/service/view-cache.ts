import type { EnPlanDb } from '../db/schema';
import { generationalCache } from './generational-cache';
import { familyOf, flagsFor, recordsForCitizens, type StoredRecord } from '../db/queries';
import type { CitizenRow, ConsentRow, PlanRow } from '../db/rows';
import { consentsFor } from '../db/consents';
import { planVersions, plansFor } from '../db/plans';
import type { Flag } from '../model';

/** What the store holds for one citizen and their household: everything a panel view is built from. */
export interface CitizenData {
  scope: string[];
  citizens: (CitizenRow | undefined)[];
  records: StoredRecord[];
  flags: Flag[];
  consents: ConsentRow[];
  plans: PlanRow[];
  /** The plan the panel shows for this citizen (theirs, else the household's first) and its saved versions. */
  chosen?: { row: PlanRow; versions: PlanRow[] };
}

/**
 * The citizen's data, with the records (a thousand rows for a busy citizen, nearly all of a view's reading time)
 * from the service worker's memory; families, flags, consents and plans are small and read fresh every time.
 */
export async function cachedCitizenData(db: EnPlanDb, cpr: string): Promise<CitizenData> {
  const scope = await familyOf(db, cpr);
  const [citizens, records, flags, consents, plans] = await Promise.all([
    db.citizens.bulkGet(scope),
    Promise.all(scope.map((c) => cachedRecords(db, c))).then((lists) => lists.flat()),
    flagsFor(db, scope),
    consentsFor(db, scope),
    plansFor(db, scope),
  ]);
  const row = plans.find((p) => p.citizens.includes(cpr)) ?? plans[0];
  const chosen = row ? { row, versions: await planVersions(db, row.id) } : undefined;
  return { scope, citizens, records, flags, consents, plans, ...(chosen ? { chosen } : {}) };
}

/**
 * Each citizen's records, kept in the service worker's memory so a repeat visit (or the panel asking again after a
 * change elsewhere) answers without reading 1,000 rows from IndexedDB. Any committed write to the records table
 * drops every entry: Dexie reports commits of this context and, over a BroadcastChannel, those of the options and
 * overview pages (imports, deletions, link decisions). Records are written only through Dexie; the small tables
 * are not cached here, so nothing else can be served stale.
 */
const entriesOf = generationalCache<StoredRecord[]>((part) => /^idb:\/\/[^/]+\/records\//.test(part));
const sizes = new WeakMap<Promise<StoredRecord[]>, number>();
/** Citizens whose records are kept per database: the tabs and households a caseworker has open, not the store. */
export const MAX_CITIZENS = 16;
/**
 * And at most this many records in all (a few MB of the worker's heap). A citizen with more is not kept: the views
 * asking while its read is in flight share that read, later ones read again (about 1.2 kB a record while in flight).
 */
export const MAX_RECORDS = 5000;

export function cachedRecords(db: EnPlanDb, cpr: string): Promise<StoredRecord[]> {
  const entries = entriesOf(db);
  const hit = entries.get(cpr);
  if (hit) {
    // Most recently used last, so the oldest is the one to go.
    entries.delete(cpr);
    entries.set(cpr, hit);
    return hit;
  }
  const load = recordsForCitizens(db, [cpr]);
  entries.set(cpr, load);
  while (entries.size > MAX_CITIZENS) entries.delete(entries.keys().next().value!);
  void load.then((rows) => {
    sizes.set(load, rows.length);
    const newestFirst = [...entries].reverse();
    for (const i of overBudget(newestFirst.map(([, entry]) => sizes.get(entry) ?? 0), MAX_RECORDS)) entries.delete(newestFirst[i]![0]);
  }, () => undefined);
  // A failed read is not remembered. A load that overlapped a write may hold what was there before it; it is
  // answered (a read a moment earlier would have seen the same, and the writer tells the panel again) but its
  // generation's map is dropped with the write.
  load.catch(() => entries.get(cpr) === load && entries.delete(cpr));
  return load;
}

/**
 * Which entries (given newest first, by record count) to drop so the rest fit the budget: the newest are kept as
 * long as they fit, and an entry that alone is over the budget is never kept.
 */
export function overBudget(counts: readonly number[], budget: number): number[] {
  const drop: number[] = [];
  let total = 0;
  counts.forEach((n, i) => {
    if (total + n > budget) drop.push(i);
    else total += n;
  });
  return drop;
}
