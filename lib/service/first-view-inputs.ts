import type { EnPlanDb } from '../db/schema';
import type { CitizenRow, ConsentRow } from '../db/rows';
import { familyOf, flagsFor, toStoredRecord, type StoredRecord } from '../db/queries';
import { consentsFor } from '../db/consents';
import type { Flag } from '../model';
import { generationalCache } from './generational-cache';

/** What the first view is drawn from: the citizen, the household's flags and consents, the records the flags rest on. */
export interface FirstViewInputs {
  me?: CitizenRow;
  flags: Flag[];
  consents: ConsentRow[];
  records: StoredRecord[];
}

/**
 * The flags' records kept in all: a busy citizen's flags rest on thousands. Kept with a budget of 5,000, Test Stor's
 * (10,000 records) took the idle worker from 3.4 to 9.7 MB.
 */
export const MAX_RECORDS = 2000;

const cached = generationalCache<FirstViewInputs>({
  // Audit entries are written on every view, and change nothing the first view shows.
  stale: (part) => !/^idb:\/\/[^/]+\/audit\//.test(part),
  maxEntries: 16,
  maxSize: MAX_RECORDS,
  sizeOf: (inputs) => inputs.records.length,
});

/**
 * Read from the store, and kept in the service worker's memory until the store changes: the first view is asked for
 * as a page starts to load, and a large page's parse holds back an answer that comes later than some 30 ms (the
 * reads took 10-40 ms for a citizen with 1,000 records). The consent rule and the texts are applied afresh to each
 * answer, so the time of day and the settings are never served stale.
 */
export const cachedFirstViewInputs = (db: EnPlanDb, cpr: string): Promise<FirstViewInputs> => cached(db, cpr, () => readFirstViewInputs(db, cpr));

async function readFirstViewInputs(db: EnPlanDb, cpr: string): Promise<FirstViewInputs> {
  const scope = await familyOf(db, cpr);
  const [me, flags, consents] = await Promise.all([db.citizens.get(cpr), flagsFor(db, scope), consentsFor(db, scope)]);
  const rows = await db.records.bulkGet([...new Set(flags.flatMap((f) => f.recordKeys))]);
  return { ...(me ? { me } : {}), flags, consents, records: rows.filter((r) => r !== undefined).map(toStoredRecord) };
}
