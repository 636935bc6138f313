import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_RULES, Flag } from '../model/flag';
import { detectAll, RULES, RULES_BY_ID } from './index';
import { generatePopulation } from './population';
import { groupBy } from './records';
import { context } from './test-records';

describe('detectAll', () => {
  it('runs every rule of the model once', () => {
    expect(RULES.map((r) => r.id)).toEqual([...FLAG_RULES]);
    expect(Object.keys(RULES_BY_ID).sort()).toEqual([...FLAG_RULES].sort());
  });

  it('finds nothing in an empty context', () => {
    expect(detectAll(context([]))).toEqual([]);
  });

  const population = generatePopulation({ seed: 11, citizens: 30, recordsPerCitizen: 40 });
  const citizens = [...groupBy(population, (r) => r.citizen.cpr).values()];

  it('produces valid flags with unique ids, all open and detected now', () => {
    for (const records of citizens) {
      const flags = detectAll(context(records));
      expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
      for (const f of flags) {
        expect(Flag.parse(f)).toEqual(f);
        expect(f).toMatchObject({ status: 'open', detectedAt: '2026-11-20' });
      }
    }
    expect(citizens.flatMap((records) => detectAll(context(records))).length).toBeGreaterThan(0);
  });

  it('gives the same flags whatever order the records come in', () => {
    const records = citizens[0]!;
    const expected = detectAll(context(records)).map((f) => f.id).sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), (shuffled) => {
        expect(detectAll(context(shuffled)).map((f) => f.id).sort()).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('ignores records marked stale', () => {
    for (const records of citizens) {
      expect(detectAll(context(records.map((r) => ({ ...r, stale: true }))))).toEqual([]);
    }
  });
});
