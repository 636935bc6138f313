import Dexie from 'dexie';
import type { EnPlanDb } from '../db/schema';
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

export async function loadCitizenData(db: EnPlanDb, cpr: string): Promise<CitizenData> {
  const scope = await familyOf(db, cpr);
  const [citizens, records, flags, consents, plans] = await Promise.all([
    db.citizens.bulkGet(scope),
    recordsForCitizens(db, scope),
    flagsFor(db, scope),
    consentsFor(db, scope),
    plansFor(db, scope),
  ]);
  const row = plans.find((p) => p.citizens.includes(cpr)) ?? plans[0];
  const chosen = row ? { row, versions: await planVersions(db, row.id) } : undefined;
  return { scope, citizens, records, flags, consents, plans, ...(chosen ? { chosen } : {}) };
}

/**
 * The panel's data per citizen, kept in the service worker's memory, so a repeat visit (or the panel asking again
 * after a change elsewhere) answers without reading 1,000 records from IndexedDB. Any committed write to a table
 * other than the audit log drops every entry: Dexie reports commits of this context and, over a BroadcastChannel,
 * of the options and overview pages, which write the same database. Coarse on purpose: a write is rare next to a
 * view, and a per-citizen rule would have to know every table's link to citizens (families, links, plans...).
 */
const caches = new WeakMap<EnPlanDb, { generation: number; entries: Map<string, Promise<CitizenData>> }>();
let generation = 0;
/** Citizens kept per database: the tabs a caseworker has open, not a copy of the store. */
export const MAX_CITIZENS = 8;

/** Audit entries (every view writes one) change nothing a view shows. */
const IGNORED = /^idb:\/\/[^/]+\/audit\//;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => !IGNORED.test(part))) clearViewCache();
});

export function clearViewCache() {
  generation++;
}

export function cachedCitizenData(db: EnPlanDb, cpr: string): Promise<CitizenData> {
  let cache = caches.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, entries: new Map() };
    caches.set(db, cache);
  }
  const { entries } = cache;
  const hit = entries.get(cpr);
  if (hit) {
    // Most recently used last, so the oldest is the one to go.
    entries.delete(cpr);
    entries.set(cpr, hit);
    return hit;
  }
  const load = loadCitizenData(db, cpr);
  entries.set(cpr, load);
  // A team lead opens citizen after citizen: keep only the last few in the worker's memory.
  while (entries.size > MAX_CITIZENS) entries.delete(entries.keys().next().value!);
  // A failed read is not remembered. A load that overlapped a write may hold what was there before it; it is
  // answered (a read a moment earlier would have seen the same, and the writer tells the panel again) but its
  // generation's map is dropped with the write.
  load.catch(() => entries.get(cpr) === load && entries.delete(cpr));
  return load;
}
