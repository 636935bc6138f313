import type { Flag, FlagRule, FlagStatus, Sector } from '../model';

export type ViewFlag =
  | (Flag & { hidden?: false })
  | { id: string; rule: FlagRule; status: FlagStatus; citizens: string[]; hidden: true; sectors: Sector[] };

/**
 * All the consent rule asks of the records a flag rests on: whose they are in which sector (a few pairs, however
 * many records), and whether any is no longer stored. Small enough to keep where the records would not be
 * (first-view-inputs.ts).
 */
export interface FlagScope {
  scopes: { cpr: string; sector: Sector }[];
  missing: boolean;
}

/** `recordOf` finds a stored record by its key; the CPR that counts is the one it is linked to, else its own. */
export function scopeOfFlag(flag: Flag, recordOf: (key: string) => { linkedCpr?: string; citizen: { cpr?: string }; sector: Sector } | undefined): FlagScope {
  const scopes = new Map<string, { cpr: string; sector: Sector }>();
  let missing = false;
  for (const key of flag.recordKeys) {
    const r = recordOf(key);
    if (!r) {
      missing = true;
      continue;
    }
    const cpr = r.linkedCpr || r.citizen.cpr || '';
    scopes.set(`${cpr} ${r.sector}`, { cpr, sector: r.sector });
  }
  return { scopes: [...scopes.values()], missing };
}

/**
 * The flag whole if the caseworker may see every record it rests on; otherwise only that it exists and in which
 * sectors, not why. Fail closed: a record the store no longer holds counts as hidden.
 */
export function viewFlagOf(flag: Flag, { scopes, missing }: FlagScope, canSee: (cpr: string, sector: Sector) => boolean): ViewFlag {
  const hidden = scopes.filter((s) => !canSee(s.cpr, s.sector));
  if (!missing && !hidden.length) return flag;
  const sectors = [...new Set(hidden.map((s) => s.sector))].sort();
  return { id: flag.id, rule: flag.rule, status: flag.status, citizens: flag.citizens, hidden: true, sectors };
}
