import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKey } from '../model/record';
import { linkRecords } from './link-records';
import { generateNoisyDataset } from './noisy-dataset';
import { caseRecord, citizenRecord } from './test-helpers';

const TRINE = '1203852345';
const BORN = '1985-03-12';
const known = caseRecord('k1', { cpr: TRINE, name: 'Trine Marie Hansen', birthDate: BORN });
const key = (id: string) => `momentum|case|${id}`;

describe('linkRecords', () => {
  it('links records with a full CPR directly, once each', () => {
    const other = caseRecord('k2', { cpr: TRINE });
    const { byCitizen, suggestions } = linkRecords([known, other, known]);
    expect(byCitizen.get(TRINE)).toEqual([key('k1'), key('k2')]);
    expect(suggestions).toEqual([]);
  });

  it('suggests, never links, a masked record with the same birth date and a similar name', () => {
    const variants = ['Hansen, Trine', 'Hansen Trine Marie', 'Trine Hansne', 'Trine Hansen', 'Trine Marie Hansen'];
    const records = [known, ...variants.map((name, i) => caseRecord(`m${i}`, { birthDate: BORN, name }))];
    const { byCitizen, suggestions } = linkRecords(records);
    expect(byCitizen.get(TRINE)).toEqual([key('k1')]);
    expect(suggestions).toHaveLength(variants.length);
    for (const s of suggestions) {
      expect(s.ambiguous).toBe(false);
      expect(s.candidates.map((c) => c.cpr)).toEqual([TRINE]);
      expect(s.reasons).toContain('birth-date');
      expect(s.score).toBeGreaterThanOrEqual(0.7);
    }
    expect(suggestions.find((s) => s.recordKey === key('m2'))?.reasons).toContain('name-typo');
  });

  it('never suggests on a name alone, on a birth date alone, or with another birth date', () => {
    const records = [
      known,
      caseRecord('n1', { name: 'Trine Marie Hansen' }),
      caseRecord('n2', { birthDate: BORN }),
      caseRecord('n3', { name: 'Trine Marie Hansen', birthDate: '1985-03-13' }),
      caseRecord('n4', { name: 'Tina Jensen', birthDate: BORN }),
    ];
    const { suggestions, unlinked } = linkRecords(records);
    expect(suggestions).toEqual([]);
    expect(unlinked).toEqual(['n1', 'n2', 'n3', 'n4'].map(key));
  });

  it('lists both namesakes and links to neither', () => {
    const twin = caseRecord('k3', { cpr: '1203852399', name: 'Trine Marie Hansen', birthDate: BORN });
    const masked = caseRecord('m', { name: 'Trine Hansen', birthDate: BORN });
    const { byCitizen, suggestions } = linkRecords([known, twin, masked]);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.ambiguous).toBe(true);
    expect(suggestions[0]?.reasons[0]).toBe('namesake');
    expect(suggestions[0]?.candidates.map((c) => c.cpr).sort()).toEqual([TRINE, '1203852399']);
    expect([...byCitizen.values()].flat()).not.toContain(key('m'));
  });

  it('follows the caseworker: confirmed links, rejected is never suggested again, the last word counts', () => {
    const masked = caseRecord('m', { name: 'Trine Hansen', birthDate: BORN });
    const confirmed = linkRecords([known, masked], [{ recordKey: key('m'), cpr: TRINE, decision: 'confirmed' }]);
    expect(confirmed.byCitizen.get(TRINE)).toEqual([key('k1'), key('m')]);
    expect(confirmed.suggestions).toEqual([]);

    const rejected = linkRecords([known, masked], [{ recordKey: key('m'), cpr: TRINE, decision: 'rejected' }]);
    expect(rejected.suggestions).toEqual([]);
    expect(rejected.unlinked).toEqual([key('m')]);

    const changedMind = linkRecords([known, masked], [
      { recordKey: key('m'), cpr: TRINE, decision: 'confirmed' },
      { recordKey: key('m'), cpr: TRINE, decision: 'rejected' },
    ]);
    expect(changedMind.byCitizen.get(TRINE)).toEqual([key('k1')]);
    expect(changedMind.suggestions).toEqual([]);
  });

  it('links a confirmed record even without birth date, since the caseworker decided', () => {
    const nameOnly = caseRecord('m', { name: 'T. Hansen' });
    expect(linkRecords([known, nameOnly], [{ recordKey: key('m'), cpr: '120385-2345', decision: 'confirmed' }]).byCitizen.get(TRINE)).toContain(key('m'));
  });

  it('rejecting one namesake leaves the other to choose', () => {
    const twin = caseRecord('k3', { cpr: '1203852399', name: 'Trine Marie Hansen', birthDate: BORN });
    const masked = caseRecord('m', { name: 'Trine Hansen', birthDate: BORN });
    const { suggestions } = linkRecords([known, twin, masked], [{ recordKey: key('m'), cpr: TRINE, decision: 'rejected' }]);
    expect(suggestions[0]?.candidates.map((c) => c.cpr)).toEqual(['1203852399']);
  });

  it('knows relatives by the CPR a citizen page lists for them', () => {
    const trine = citizenRecord('t', { cpr: TRINE, name: 'Hansen, Trine', relations: [{ role: 'child', name: 'Mie Hansen', cpr: '1505094222', birthDate: '2009-05-15' }] });
    const school = caseRecord('s', { name: 'Hansen, Mie', birthDate: '2009-05-15' }, 'skole');
    const { suggestions } = linkRecords([trine, school]);
    expect(suggestions[0]?.candidates.map((c) => c.cpr)).toEqual(['1505094222']);
  });

  it('allows for the century a masked CPR could only guess, at a lower score', () => {
    const old = caseRecord('o', { cpr: '0103251234', name: 'Bodil Holm' });
    const masked = caseRecord('m', { name: 'Bodil Holm', birthDate: '2025-03-01' });
    const [s] = linkRecords([old, masked]).suggestions;
    expect(s?.reasons).toContain('birth-date-century');
    expect(s!.score).toBeLessThan(1);
  });

  it('never auto-links a record without its own CPR (property over noisy data)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const ds = generateNoisyDataset({ seed, identities: 40 });
        const own = new Map(ds.records.map((r) => [recordKey(r), r.citizen.cpr]));
        for (const [cpr, keys] of linkRecords(ds.records).byCitizen) for (const k of keys) expect(own.get(k)).toBe(cpr);
      }),
      { numRuns: 25 },
    );
  });
});
