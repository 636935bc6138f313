import { describe, expect, it } from 'vitest';
import { detectMultiplePlans } from './multiple-plans';
import { context, plan } from './test-records';

const CPR = '0101901234';
const jobplan = plan({ id: 'p1', cpr: CPR, sector: 'job', unit: 'Team Ressource', title: 'Jobplan' });
const handleplan = plan({ id: 'p2', cpr: CPR, sector: 'adult', unit: 'Team Nord', title: 'Handleplan § 141' });
const rehab = plan({ id: 'p3', cpr: CPR, sector: 'health', unit: 'Genoptræning', title: 'Genoptræningsplan' });

describe('multiple-plans', () => {
  it('flags more than one active plan for one citizen', () => {
    const flags = detectMultiplePlans(context([jobplan, handleplan, rehab]));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.reason).toBe(
      'Tre aktive planer: Jobplan hos Jobcenter (Team Ressource), Handleplan § 141 hos Voksen Social (Team Nord) og ' +
        'Genoptræningsplan hos Sundhed og Rehabilitering (Genoptræning). Målet er én samlet plan med borgeren.',
    );
    expect(flags[0]?.reasonEn).toMatch(/^Three active plans: /);
  });

  it('does not count a closed or planned plan', () => {
    const closed = plan({ id: 'p2', cpr: CPR, sector: 'adult', title: 'Handleplan', status: 'closed' });
    const draft = plan({ id: 'p3', cpr: CPR, sector: 'health', title: 'Plan', status: 'planned' });
    expect(detectMultiplePlans(context([jobplan, closed, draft]))).toEqual([]);
  });

  it('does not add up plans of different family members', () => {
    const childPlan = plan({ id: 'p4', cpr: '0202101234', sector: 'children', title: 'Handleplan' });
    expect(detectMultiplePlans(context([jobplan, childPlan]))).toEqual([]);
  });
});
