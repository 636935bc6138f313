import { logAccess, type AccessEntry } from './audit';
import { PlanRow, type PlanHistoryRow } from './rows';
import type { EnPlanDb } from './schema';

/**
 * Reads and writes of the coordinator's plans. Every saved version is also written to planHistory, in the same
 * transaction as the plan and its audit entry: a plan never changes without its history and its log line.
 */

/** Every plan naming any of these citizens, most recently changed first. */
export async function plansFor(db: EnPlanDb, cprs: readonly string[]): Promise<PlanRow[]> {
  const wanted = cprs.filter(Boolean);
  if (!wanted.length) return [];
  const plans = await db.plans.where('citizens').anyOf(wanted).distinct().toArray();
  return plans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export async function planVersions(db: EnPlanDb, planId: string): Promise<PlanRow[]> {
  const rows = await db.planHistory.where('planId').equals(planId).toArray();
  return rows.sort((a, b) => a.version - b.version).map((h) => h.plan);
}

export class PlanStoreError extends Error {
  override name = 'PlanStoreError';
}

/** A family plan is each member's: a citizen's own access log must show every change to a plan they are in. */
async function logForEveryone(db: EnPlanDb, plan: PlanRow, entry: AccessEntry) {
  for (const citizenCpr of plan.citizens) await logAccess(db, { ...entry, citizenCpr }, plan.updatedAt);
}

const snapshot = (plan: PlanRow): PlanHistoryRow => ({ planId: plan.id, version: plan.version, savedAt: plan.updatedAt, plan });

export async function createPlan(db: EnPlanDb, plan: PlanRow, audit: AccessEntry): Promise<PlanRow> {
  const row = PlanRow.parse(plan);
  return db.transaction('rw', db.plans, db.planHistory, db.audit, async () => {
    if (await db.plans.get(row.id)) throw new PlanStoreError(`plan ${row.id} exists already`);
    await db.plans.add(row);
    await db.planHistory.put(snapshot(row));
    await logForEveryone(db, row, audit);
    return row;
  });
}

/**
 * Applies `edit` to the stored plan inside one transaction, so two edits (two tabs, two panels) apply one after the
 * other to the latest version and neither is lost. `edit` may throw to refuse; then nothing is written.
 */
export async function updatePlan(
  db: EnPlanDb,
  planId: string,
  edit: (current: PlanRow) => PlanRow,
  audit: (before: PlanRow, after: PlanRow) => AccessEntry,
): Promise<PlanRow> {
  return db.transaction('rw', db.plans, db.planHistory, db.audit, async () => {
    const current = await db.plans.get(planId);
    if (!current) throw new PlanStoreError(`no plan ${planId} (it may have been deleted)`);
    const next = PlanRow.parse(edit(current));
    if (next.id !== current.id || next.version !== current.version + 1) throw new PlanStoreError('an edit must keep the id and add one to the version');
    // A plan that came from an import may lack the snapshot of the version it replaces.
    if (!(await db.planHistory.get([current.id, current.version]))) await db.planHistory.put(snapshot(current));
    await db.plans.put(next);
    await db.planHistory.put(snapshot(next));
    await logForEveryone(db, next, audit(current, next));
    return next;
  });
}
