import { describe, expect, it } from 'vitest';
import { linkingTable, measureLinking } from './measure';
import { generateNoisyDataset } from './noisy-dataset';

describe('noisy dataset', () => {
  it('is deterministic per seed and different across seeds', () => {
    const a = generateNoisyDataset({ seed: 42, identities: 50 });
    const b = generateNoisyDataset({ seed: 42, identities: 50 });
    expect(b.records).toEqual(a.records);
    expect(generateNoisyDataset({ seed: 43, identities: 50 }).records).not.toEqual(a.records);
  });

  it('contains the faults it promises, with the truth for every record', () => {
    const ds = generateNoisyDataset({ seed: 1, identities: 2000 });
    expect(ds.truth.size).toBe(ds.records.length);
    const refs = ds.records.map((r) => r.citizen);
    expect(refs.some((c) => c.cpr)).toBe(true);
    expect(refs.some((c) => !c.cpr && c.birthDate)).toBe(true);
    expect(refs.some((c) => !c.cpr && !c.birthDate)).toBe(true);
    expect(refs.some((c) => c.name?.includes(','))).toBe(true);
    expect(refs.some((c) => /oe|aa|ae/.test(c.name ?? ''))).toBe(true);
    const bySig = new Map<string, Set<string>>();
    for (const id of ds.identities) {
      const sig = `${id.birthDate} ${id.given.join(' ')} ${id.family}`;
      bySig.set(sig, (bySig.get(sig) ?? new Set()).add(id.cpr));
    }
    expect([...bySig.values()].some((s) => s.size > 1)).toBe(true);
    expect(ds.identities.some((i) => !i.known)).toBe(true);
  });
});

describe('measureLinking', () => {
  const rows = [1, 2, 3, 4, 5].map((seed) => measureLinking(generateNoisyDataset({ seed, identities: 1500 })));

  it('makes zero false auto-links across seeds with thousands of records', () => {
    for (const m of rows) {
      expect(m.records).toBeGreaterThan(5000);
      expect(m.auto.falseLinks).toBe(0);
      expect(m.auto.precision).toBe(1);
    }
  });

  it('keeps single-candidate suggestions precise and reports recall', () => {
    for (const m of rows) {
      expect(m.suggestions.precision).toBeGreaterThan(0.98);
      expect(m.precision).toBeGreaterThan(0.99);
      expect(m.recall).toBeGreaterThan(0.85);
      expect(m.falseLinks + m.misses).toBeGreaterThan(0);
      expect(m.suggestions.ambiguousWithTruth).toBeLessThanOrEqual(m.suggestions.ambiguous);
    }
    const table = linkingTable(rows);
    expect(table.split('\n')).toHaveLength(2 + rows.length);
    expect(table).toContain('| auto precision |');
  });
});
