import { logAccess } from './audit';
import { eraseCitizen, scrubFlags, type EraseCounts } from './erase';
import type { EnPlanDb } from './schema';
import { daysBefore, iso, type InstantInput } from './time';
import type { Settings } from '../model';

export interface PurgeResult {
  records: number;
  recordHistory: number;
  links: number;
  flags: number;
  citizens: number;
  audit: number;
}

/**
 * Retention: scraped records not seen for retentionDays go with their history (the source system still has them);
 * a citizen with nothing left goes too. The coordinator's own data (plans, consents) is not scraped and is kept:
 * a citizen who has a plan or a consent stays. Audit entries go after auditRetentionDays. `erased` hears each
 * citizen that went (their CPR is not in the result, which is logged).
 */
export async function purgeExpired(
  db: EnPlanDb,
  settings: Pick<Settings, 'retentionDays' | 'auditRetentionDays'>,
  now: InstantInput,
  erased: (cpr: string) => void = () => undefined,
): Promise<PurgeResult> {
  const at = iso(now);
  const cutoff = daysBefore(at, settings.retentionDays);
  const auditCutoff = daysBefore(at, settings.auditRetentionDays);
  return db.transaction('rw', db.tables, async () => {
    const keys = (await db.records.where('lastSeen').below(cutoff).primaryKeys()) as string[];
    const gone = new Set(keys);
    await db.records.bulkDelete(keys);
    const recordHistory = keys.length ? await db.recordHistory.where('recordKey').anyOf(keys).delete() : 0;
    // A link decision is about a record; without the record it is only a stray CPR.
    let links = keys.length ? await db.links.where('recordKey').anyOf(keys).delete() : 0;
    let flags = gone.size ? await scrubFlags(db, (f) => f.recordKeys.some((k) => gone.has(k)), undefined, at) : 0;

    let citizens = 0;
    for (const cpr of (await db.citizens.where('lastSeen').below(cutoff).primaryKeys()) as string[]) {
      const [records, plans, consents] = await Promise.all([
        db.records.where('citizenCpr').equals(cpr).count(),
        db.plans.where('citizens').equals(cpr).count(),
        db.consents.where('citizenCpr').equals(cpr).count(),
      ]);
      if (records || plans || consents) continue;
      const counts = await eraseCitizen(db, cpr, at);
      links += counts.links;
      flags += counts.flags;
      citizens++;
      erased(cpr);
    }
    const audit = await db.audit.where('at').below(auditCutoff).delete();
    return { records: keys.length, recordHistory, links, flags, citizens, audit };
  });
}

export interface DeleteRequest {
  user: string;
  /** Why the citizen is deleted (request from the citizen, case closed, ...): the deletion itself is logged. */
  purpose: string;
}

/**
 * Removes a citizen from every table, in one transaction with the audit entry that records it (a deletion must be
 * logged, and a deletion without its log entry must not happen).
 *
 * Decision on the audit log: it is NOT cleared. Entries about the person keep only CPR, date, user, action and
 * purpose (callers put no names or content in `detail`), they are the citizen's right of insight and the
 * municipality's proof of lawful use, and erasing them with the data would let a deletion hide a misuse. They
 * expire with auditRetentionDays like every entry. The deletion entry holds the CPR and the counts only.
 */
export async function deleteCitizen(db: EnPlanDb, cpr: string, by: DeleteRequest, now: InstantInput = new Date()): Promise<EraseCounts> {
  return db.transaction('rw', db.tables, async () => {
    const counts = await eraseCitizen(db, cpr, iso(now));
    const detail = Object.entries(counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    await logAccess(db, { user: by.user, citizenCpr: cpr, action: 'delete', purpose: by.purpose, detail }, now);
    return counts;
  });
}
