import { logAccess, type AccessEntry } from './audit';
import { ConsentRow } from './rows';
import type { EnPlanDb } from './schema';

/** Consents and other legal bases for cross-sector sharing; each change is logged in the same transaction. */
export async function consentsFor(db: EnPlanDb, cprs: readonly string[]): Promise<ConsentRow[]> {
  const wanted = cprs.filter(Boolean);
  if (!wanted.length) return [];
  return db.consents.where('citizenCpr').anyOf(wanted).toArray();
}

export async function addConsent(db: EnPlanDb, row: ConsentRow, audit: AccessEntry, now: string): Promise<ConsentRow> {
  const parsed = ConsentRow.parse(row);
  return db.transaction('rw', db.consents, db.audit, async () => {
    await db.consents.add(parsed);
    await logAccess(db, audit, now);
    return parsed;
  });
}

/** Replaces a row by its withdrawn state; returns undefined when there is no such row. */
export async function updateConsent(
  db: EnPlanDb,
  id: string,
  change: (row: ConsentRow) => ConsentRow,
  audit: (row: ConsentRow) => AccessEntry,
  now: string,
): Promise<ConsentRow | undefined> {
  return db.transaction('rw', db.consents, db.audit, async () => {
    const row = await db.consents.get(id);
    if (!row) return undefined;
    const next = ConsentRow.parse(change(row));
    if (next.id !== id || next.citizenCpr !== row.citizenCpr) throw new Error('a consent change must keep its id and citizen');
    await db.consents.put(next);
    await logAccess(db, audit(next), now);
    return next;
  });
}
