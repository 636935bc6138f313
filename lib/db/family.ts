import type { EnPlanDb } from './schema';

/**
 * Puts `members` into one household, merging every existing family that shares a member with them (a child shown
 * in the mother's record and in the father's joins both into one family). Runs inside the caller's transaction,
 * which must include families and citizens. Returns every member of the
 * household when it changed (their family scope, and so their flags, may differ now), else nothing.
 */
export async function joinHousehold(db: EnPlanDb, members: readonly string[], at: string): Promise<string[]> {
  const wanted = [...new Set(members)];
  if (wanted.length < 2) return [];
  const existing = (await db.families.where('members').anyOf(wanted).distinct().toArray()).sort((a, b) => a.id.localeCompare(b.id));
  const union = [...new Set([...wanted, ...existing.flatMap((f) => f.members)])].sort();
  const keep = existing[0];
  const unchanged = existing.length === 1 && keep!.members.length === union.length;
  if (unchanged) return [];

  // A random id, never one derived from a CPR: deleting a citizen must leave no trace of the number in other rows.
  const id = keep?.id ?? globalThis.crypto.randomUUID();
  await db.families.put({ id, members: union, updatedAt: at });
  await db.families.bulkDelete(existing.slice(1).map((f) => f.id));
  await db.citizens.where('cpr').anyOf(union).modify({ familyId: id });
  return union;
}

/** Takes a citizen out of every family; a family left with one person is no family and goes. */
export async function leaveFamilies(db: EnPlanDb, cpr: string): Promise<number> {
  const families = await db.families.where('members').equals(cpr).toArray();
  for (const f of families) {
    const members = f.members.filter((m) => m !== cpr);
    if (members.length > 1) {
      await db.families.put({ ...f, members });
    } else {
      await db.families.delete(f.id);
      await db.citizens.where('cpr').anyOf(members).modify((c) => {
        delete c.familyId;
      });
    }
  }
  return families.length;
}
