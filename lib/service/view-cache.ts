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

/** Citizens whose records are kept per database: the tabs and households a caseworker has open, not the store. */
export const MAX_CITIZENS = 16;
/**
 * And at most this many records in all (a few MB of the worker's heap). A citizen with more is not kept: the views
 * asking while its read is in flight share that read, later ones read again (about 1.2 kB a record while in flight).
 */
export const MAX_RECORDS = 5000;

const cached = generationalCache<StoredRecord[]>({
  stale: (part) => /^idb:\/\/[^/]+\/records\//.test(part),
  maxEntries: MAX_CITIZENS,
  maxSize: MAX_RECORDS,
  sizeOf: (rows) => rows.length,
});

/**
 * Each citizen's records, kept in the service worker's memory so a repeat visit (or the panel asking again after a
 * change elsewhere) answers without reading 1,000 rows from IndexedDB. Any committed write to the records table
 * drops every entry: Dexie reports commits of this context and, over a BroadcastChannel, those of the options and
 * overview pages (imports, deletions, link decisions). Records are written only through Dexie; the small tables
 * are not cached here, so nothing else can be served stale.
 */
export const cachedRecords = (db: EnPlanDb, cpr: string): Promise<StoredRecord[]> => cached(db, cpr, () => recordsForCitizens(db, [cpr]));
