import { describe, expect, it } from 'vitest';
import type { CaseworkRecord } from '../model';
import { collectContacts } from './contacts';

const prov = { system: 's', url: 'u', adapterId: 'a', adapterVersion: '1', seenAt: 't' };
const base = { nativeId: 'x', citizen: { cpr: '0101831234' }, provenance: prov };

describe('collectContacts', () => {
  const records: CaseworkRecord[] = [
    { ...base, system: 'jobsag', sector: 'job', kind: 'effort', title: 'Mentor', category: 'mentor', status: 'active', responsible: { unit: 'Jobcenter', caseworker: 'Lene Bro' } },
    { ...base, system: 'jobsag', sector: 'job', kind: 'request', infoType: 'LAE265', label: 'LÆ 265', requestedAt: '2025-01-01', status: 'pending', responsible: { unit: 'Jobcenter', caseworker: 'Lene  Bro', phone: '44 55 66 77' } },
    { ...base, system: 'jobsag', sector: 'job', kind: 'contact', name: 'Ali Demir', role: 'Mentor', unit: 'Jobcenter', email: 'ali@demoby.dk' },
    { ...base, system: 'voksennet', sector: 'adult', kind: 'meeting', title: 'Møde', at: '2025-01-01T10:00', participants: [], status: 'planned', responsible: { unit: 'Socialafdelingen' } },
    { ...base, system: 'jobsag', sector: 'job', kind: 'case', title: 'Sag', status: 'active', responsible: { unit: 'Jobcenter' } },
  ];

  it('merges the same person across records and fills phone from another page', () => {
    const list = collectContacts(records);
    const lene = list.find((c) => c.name === 'Lene Bro');
    expect(lene).toMatchObject({ phone: '44 55 66 77', records: 2, sector: 'job' });
    expect(list.find((c) => c.name === 'Ali Demir')).toMatchObject({ role: 'Mentor', email: 'ali@demoby.dk' });
  });

  it('keeps a unit with no named person, but drops a bare unit that a named person already covers', () => {
    const units = collectContacts(records).filter((c) => !c.name).map((c) => c.unit);
    expect(units).toEqual(['Socialafdelingen']);
  });

  it('puts the plan coordinator first, adding them when no record names them', () => {
    expect(collectContacts(records, { name: 'Lene Bro', unit: 'Jobcenter' })[0]).toMatchObject({ name: 'Lene Bro', coordinator: true });
    const added = collectContacts(records, { name: 'Sofie Lund', unit: 'Sundhed', phone: '11' });
    expect(added[0]).toMatchObject({ name: 'Sofie Lund', coordinator: true, records: 0 });
  });
});
