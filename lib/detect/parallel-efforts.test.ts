import { describe, expect, it } from 'vitest';
import { detectParallelEfforts } from './parallel-efforts';
import { citizen, context, effort } from './test-records';

const CPR = '0101901234';
const mentor = effort({ id: 'e1', cpr: CPR, sector: 'job', unit: 'Team Ressource', title: 'Mentorstøtte', category: 'mentor', start: '2026-09-01' });
const home = effort({ id: 'e2', cpr: CPR, sector: 'adult', unit: 'Team Nord', title: 'Bostøtte § 85', category: 'home-support', start: '2026-08-15', end: '2027-02-15' });

describe('parallel-efforts', () => {
  it('flags overlapping efforts of the same group from different units', () => {
    const flags = detectParallelEfforts(context([mentor, home]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'parallel-efforts', citizens: [CPR], recordKeys: ['momentum|effort|e1', 'nexus|effort|e2'] });
    expect(flags[0]?.reason).toBe(
      'Parallelle indsatser (Støtte i hverdagen): Bostøtte § 85 hos Voksen Social (Team Nord) fra 15-08-2026 til 15-02-2027 og ' +
        'Mentorstøtte hos Jobcenter (Team Ressource) fra 01-09-2026. Overvej at samle dem i én plan med én koordinator.',
    );
    expect(flags[0]?.reasonEn).toContain('Parallel efforts (Support in daily life)');
  });

  it('flags the same category from two units, planned efforts included', () => {
    const second = effort({ id: 'e3', cpr: CPR, sector: 'adult', title: 'Mentor', category: 'mentor', start: '2026-12-01', status: 'planned' });
    const [f] = detectParallelEfforts(context([mentor, second]));
    expect(f?.reason).toContain('Parallelle indsatser (Mentorstøtte)');
    expect(f?.reason).toContain('(planlagt)');
  });

  it('does not flag a unit continuing its own effort', () => {
    const first = effort({ id: 'e4', cpr: CPR, sector: 'job', unit: 'Team Ressource', title: 'Mentor', category: 'mentor', start: '2026-01-01', end: '2026-09-01' });
    expect(detectParallelEfforts(context([first, mentor]))).toEqual([]);
  });

  it('does not flag periods that do not overlap', () => {
    const earlier = effort({ id: 'e5', cpr: CPR, sector: 'adult', title: 'Bostøtte', category: 'home-support', start: '2026-01-01', end: '2026-08-31' });
    expect(detectParallelEfforts(context([earlier, mentor]))).toEqual([]);
  });

  it('does not flag unrelated categories or catch-alls', () => {
    const pairs: [string, string][] = [
      ['substance-abuse', 'treatment'],
      ['rehabilitation', 'resource-course'],
      ['treatment', 'treatment'],
      ['other', 'other'],
    ];
    for (const [a, b] of pairs) {
      const x = effort({ id: 'x', cpr: CPR, sector: 'adult', title: a, category: a, start: '2026-01-01' });
      const y = effort({ id: 'y', cpr: CPR, sector: 'health', title: b, category: b, start: '2026-01-01' });
      expect(detectParallelEfforts(context([x, y])), `${a} / ${b}`).toEqual([]);
    }
  });

  it('does not count closed, cancelled or stale efforts', () => {
    for (const status of ['closed', 'cancelled'] as const) {
      const done = effort({ id: 'e2', cpr: CPR, sector: 'adult', title: 'Bostøtte', category: 'home-support', start: '2026-08-15', status });
      expect(detectParallelEfforts(context([mentor, done]))).toEqual([]);
    }
    const stale = effort({ id: 'e2', cpr: CPR, sector: 'adult', title: 'Bostøtte', category: 'home-support', start: '2026-08-15', stale: true });
    expect(detectParallelEfforts(context([mentor, stale]))).toEqual([]);
  });

  it('looks across the family scope and says whose effort is whose', () => {
    const kid = '0202101234';
    const records = [
      citizen({ id: 'c1', cpr: CPR, name: 'Trine Hansen' }),
      citizen({ id: 'c2', cpr: kid, name: 'Hansen, Martin' }),
      mentor,
      effort({ id: 'e6', cpr: kid, sector: 'children', unit: 'Team Syd', title: 'Familiebehandling', category: 'family-treatment', start: '2026-10-01' }),
    ];
    const [f] = detectParallelEfforts(context(records));
    expect(f?.citizens).toEqual([CPR, kid].sort());
    expect(f?.reason).toContain('Mentorstøtte for Trine hos Jobcenter');
    expect(f?.reason).toContain('Familiebehandling for Martin hos Børn og Familie (Team Syd)');
  });
});
