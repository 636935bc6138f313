import type { EnPlanDb } from '../db/schema';
import type { CitizenRow, ConsentRow } from '../db/rows';
import { familyOf, flagsFor, toStoredRecord, type StoredRecord } from '../db/queries';
import { consentsFor } from '../db/consents';
import type { Flag } from '../model';
import { generationalCache } from './generational-cache';
import { overBudget } from './view-cache';

/** What the first view is drawn from: the citizen, the household's flags and consents, the records the flags rest on. */
export interface FirstViewInputs {
  me?: CitizenRow;
  flags: Flag[];
  consents: ConsentRow[];
  records: StoredRecord[];
}

const entriesOf = generationalCache<FirstViewInputs>((part) => !/^idb:\/\/[^/]+\/audit\//.test(part));
/** Citizens kept per database. */
const MAX_CITIZENS = 16;
/**
 * And the flags' records kept in all: a busy citizen's flags rest on thousands. Kept with a budget of 5,000, Test
 * Stor's (10,000 records) took the idle worker from 3.4 to 9.7 MB. The newest entries are kept as long as they fit;
 * one that alone is over is answered but not kept.
 */
export const MAX_RECORDS = 2000;
const sizes = new WeakMap<Promise<FirstViewInputs>, number>();

/**
 * Read from the store, and kept in the service worker's memory until the store changes: the first view is asked for
 * as a page starts to load, and a large page's parse holds back an answer that comes later than some 30 ms (the
 * reads took 10-40 ms for a citizen with 1,000 records). Any committed write but an audit entry drops every entry
 * (audit entries are written on every view); the consent rule and the texts are applied afresh to each answer, so
 * the time of day and the settings are never served stale.
 */
export function cachedFirstViewInputs(db: EnPlanDb, cpr: string): Promise<FirstViewInputs> {
  const entries = entriesOf(db);
  const hit = entries.get(cpr);
  if (hit) return hit;
  const read = readFirstViewInputs(db, cpr);
  entries.set(cpr, read);
  // The oldest goes: the citizens of the tabs a caseworker has open, not the store.
  if (entries.size > MAX_CITIZENS) entries.delete(entries.keys().next().value!);
  void read.then((inputs) => {
    sizes.set(read, inputs.records.length);
    const newestFirst = [...entries].reverse();
    for (const i of overBudget(newestFirst.map(([, entry]) => sizes.get(entry) ?? 0), MAX_RECORDS)) entries.delete(newestFirst[i]![0]);
  }, () => undefined);
  // A failed read is not remembered.
  read.catch(() => entries.get(cpr) === read && entries.delete(cpr));
  return read;
}

async function readFirstViewInputs(db: EnPlanDb, cpr: string): Promise<FirstViewInputs> {
  const scope = await familyOf(db, cpr);
  const [me, flags, consents] = await Promise.all([db.citizens.get(cpr), flagsFor(db, scope), consentsFor(db, scope)]);
  const rows = await db.records.bulkGet([...new Set(flags.flatMap((f) => f.recordKeys))]);
  return { ...(me ? { me } : {}), flags, consents, records: rows.filter((r) => r !== undefined).map(toStoredRecord) };
}
