/** Record builders for the linking tests: only what identity needs, parsed by the model's schema. */
import { CaseworkRecord, type CitizenRef } from '../model/record';

export function caseRecord(id: string, citizen: CitizenRef, system = 'momentum'): CaseworkRecord {
  return CaseworkRecord.parse({
    kind: 'case',
    system,
    sector: 'job',
    nativeId: id,
    citizen,
    title: 'Sag',
    status: 'active',
    responsible: { unit: 'Team A' },
    provenance: { system, url: `http://localhost/${id}`, adapterId: system, adapterVersion: '1', seenAt: '2026-11-01T08:00' },
  });
}

export function citizenRecord(
  id: string,
  o: { cpr?: string; name: string; birthDate?: string; relations?: { role: 'parent' | 'child' | 'sibling'; name: string; cpr?: string; birthDate?: string }[] },
  system = 'dubu',
): CaseworkRecord {
  return CaseworkRecord.parse({
    kind: 'citizen',
    system,
    sector: 'children',
    nativeId: id,
    citizen: { ...(o.cpr ? { cpr: o.cpr } : {}), name: o.name, ...(o.birthDate ? { birthDate: o.birthDate } : {}) },
    name: o.name,
    ...(o.cpr ? { cpr: o.cpr } : {}),
    ...(o.birthDate ? { birthDate: o.birthDate } : {}),
    relations: o.relations ?? [],
    provenance: { system, url: `http://localhost/${id}`, adapterId: system, adapterVersion: '1', seenAt: '2026-11-01T08:00' },
  });
}
