import type { EnPlanDb } from '../db/schema';
import type { CitizenRow, ConsentRow } from '../db/rows';
import { familyOf, flagsFor, toStoredRecord } from '../db/queries';
import { consentsFor } from '../db/consents';
import type { Flag } from '../model';
import { generationalCache } from './generational-cache';
import { scopeOfFlag, type FlagScope } from './flag-consent';

/**
 * What the first view is drawn from: the citizen, the household's flags and consents, and for each flag whose records
 * (in which sector) it rests on. Not the records themselves: all the consent rule asks of them is that, and a flag may
 * rest on thousands.
 */
export interface FirstViewInputs {
  me?: CitizenRow;
  flags: Flag[];
  consents: ConsentRow[];
  /** One per flag, in the same order. */
  scopes: FlagScope[];
}

/** The flags' record keys kept in all, which the flags carry (the bench's Test Stor: 3 flags on 30 records). */
export const MAX_KEYS = 20_000;

const cached = generationalCache<FirstViewInputs>({
  // Audit entries are written on every view, and change nothing the first view shows.
  stale: (part) => !/^idb:\/\/[^/]+\/audit\//.test(part),
  maxEntries: 16,
  maxSize: MAX_KEYS,
  sizeOf: (inputs) => inputs.flags.reduce((n, f) => n + f.recordKeys.length, 0),
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
  const keys = [...new Set(flags.flatMap((f) => f.recordKeys))];
  const rows = await db.records.bulkGet(keys);
  const byKey = new Map(keys.map((key, i) => [key, rows[i] && toStoredRecord(rows[i])]));
  return { ...(me ? { me } : {}), flags, consents, scopes: flags.map((f) => scopeOfFlag(f, (k) => byKey.get(k))) };
}
