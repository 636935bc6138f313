import type { ConsentRow } from '../db/rows';
import type { Sector } from '../model';

/**
 * Which sectors' records the user may see in full for each citizen: their own sector always, another sector only
 * under a consent (or other recorded legal basis) that covers it, is in force today and was not withdrawn.
 * Everything else is shown only as "this sector has records", as KOMBIT's SAPA does.
 */
export function sectorAccess(consents: readonly ConsentRow[], ownSector: Sector, today: string): (cpr: string, sector: Sector) => boolean {
  const granted = new Map<string, Set<Sector>>();
  for (const c of consents) {
    if (c.withdrawnAt) continue;
    if (c.givenAt.slice(0, 10) > today) continue;
    if (c.expires && c.expires.slice(0, 10) < today) continue;
    const set = granted.get(c.citizenCpr) ?? new Set<Sector>();
    c.sectors.forEach((s) => set.add(s));
    granted.set(c.citizenCpr, set);
  }
  return (cpr, sector) => sector === ownSector || (granted.get(cpr)?.has(sector) ?? false);
}
