import type { CaseworkRecord } from '../model/record';

type WithUnit = Pick<CaseworkRecord, 'sector'> & { responsible: { unit: string } };

/** Units are named by each system on its own, so the sector is part of what tells two units apart. */
export function sameUnit(a: WithUnit, b: WithUnit): boolean {
  return a.sector === b.sector && a.responsible.unit.trim().toLowerCase() === b.responsible.unit.trim().toLowerCase();
}

export function unitCount(records: WithUnit[]): number {
  const seen: WithUnit[] = [];
  for (const r of records) if (!seen.some((s) => sameUnit(s, r))) seen.push(r);
  return seen.length;
}
