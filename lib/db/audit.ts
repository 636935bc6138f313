import { z } from 'zod';
import { AuditRow, type AuditAction } from './rows';
import type { EnPlanDb } from './schema';
import { iso, type InstantInput } from './time';

export type { AuditAction } from './rows';
export { AUDIT_ACTIONS } from './rows';

export interface AccessEntry {
  user: string;
  citizenCpr?: string;
  action: AuditAction;
  /** Why the data was looked at: the citizen has a right to see it (EU Court C-579/21). Never empty. */
  purpose: string;
  /** Search criteria, what was exported, counts. No names or record content: the log outlives deleted data. */
  detail: string;
}

export class AuditError extends Error {
  override name = 'AuditError';
}

/**
 * Appends one entry. There is deliberately no update or delete here: the log is append-only, and only retention
 * (auditRetentionDays) removes entries. Inside a transaction that includes `audit`, the entry joins it.
 */
export async function logAccess(db: EnPlanDb, entry: AccessEntry, now: InstantInput = new Date()): Promise<number> {
  const parsed = AuditRow.omit({ id: true }).safeParse({ ...stripUndefined(entry), at: iso(now) });
  if (!parsed.success) throw new AuditError(`audit entry refused: ${z.prettifyError(parsed.error)}`);
  return (await db.audit.add(parsed.data)) as number;
}

/** Every entry about one citizen, oldest first. */
export async function auditFor(db: EnPlanDb, cpr: string): Promise<AuditRow[]> {
  return (await db.audit.where('citizenCpr').equals(cpr).toArray()).sort((a, b) => a.at.localeCompare(b.at) || (a.id ?? 0) - (b.id ?? 0));
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
