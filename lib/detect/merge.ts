import type { Flag } from '../model/flag';

/** statusBy of changes the detection made itself, so a caseworker's own "resolved" can be told apart. */
export const SYSTEM_ACTOR = 'Én plan';

/**
 * Folds a new detection run into the stored flags of the same scope (pass only that scope's flags: anything
 * not detected again is taken as gone). A flag found again keeps its status, note and first detection time and
 * takes the fresh reason and records; one no longer found is resolved, unless a caseworker dismissed or
 * resolved it; a situation that comes back after the system resolved it opens again.
 */
export function mergeFlagStatus(existing: Flag[], detected: Flag[], now: string): Flag[] {
  const before = new Map(existing.map((f) => [f.id, f]));
  const found = new Set<string>();
  const merged: Flag[] = [];
  for (const d of detected) {
    if (found.has(d.id)) continue;
    found.add(d.id);
    const e = before.get(d.id);
    if (!e) {
      merged.push({ ...d, status: 'open' });
      continue;
    }
    const reopened = e.status === 'resolved' && e.statusBy === SYSTEM_ACTOR;
    merged.push({
      ...d,
      detectedAt: e.detectedAt,
      status: reopened ? 'open' : e.status,
      ...(e.statusNote !== undefined ? { statusNote: e.statusNote } : {}),
      ...(reopened ? { statusBy: SYSTEM_ACTOR, statusAt: now } : pick(e)),
    });
  }
  for (const e of existing) {
    if (found.has(e.id)) continue;
    found.add(e.id);
    merged.push(e.status === 'dismissed' || e.status === 'resolved' ? e : { ...e, status: 'resolved', statusBy: SYSTEM_ACTOR, statusAt: now });
  }
  return merged;
}

function pick(e: Flag): Partial<Flag> {
  return { ...(e.statusBy !== undefined ? { statusBy: e.statusBy } : {}), ...(e.statusAt !== undefined ? { statusAt: e.statusAt } : {}) };
}
