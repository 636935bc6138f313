import type { EnPlanDb } from '../db/schema';
import { familyOf, recordsForCitizens, saveFlags } from '../db/queries';
import { detectAll, mergeFlagStatus } from '../detect';
import { loadSettings } from './settings';

/**
 * Incremental detection: only the scopes (citizen + family) touched by an ingest are re-examined. A full
 * recompute after a settings change runs the same function over every citizen.
 */
export async function refreshFlags(db: EnPlanDb, cprs: readonly string[], now: string) {
  if (!cprs.length) return;
  const settings = await loadSettings(db);
  const done = new Set<string>();
  for (const cpr of cprs) {
    if (done.has(cpr)) continue;
    const scope = await familyOf(db, cpr);
    scope.forEach((c) => done.add(c));
    const records = await recordsForCitizens(db, scope);
    const flags = detectAll({ records, now: now.slice(0, 10), settings });
    await saveFlags(db, scope, flags, (existing, detected) => mergeFlagStatus(existing, detected, now));
  }
}

export async function recomputeAllFlags(db: EnPlanDb, now: string) {
  const cprs = (await db.citizens.toCollection().primaryKeys()) as string[];
  await refreshFlags(db, cprs, now);
}
