import { describe, expect, it } from 'vitest';
import { detectDeadlinesPassed } from './deadline-passed';
import { context, plan, request } from './test-records';

const CPR = '0101901234';
const REHAB = 'rehabilitation-team-statement';

describe('deadline-passed', () => {
  it('flags a pending request past its explicit deadline', () => {
    const r = request({ id: 'r1', cpr: CPR, unit: 'Team Ressource', infoType: REHAB, requestedAt: '2026-10-01', deadline: '2026-11-02' });
    const flags = detectDeadlinesPassed(context([r]));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.reason).toBe(
      'Lægeattest til rehabiliteringsteam (LÆ 265), bestilt af Jobcenter (Team Ressource) 01-10-2026, havde svarfrist 02-11-2026 ' +
        'og er endnu ikke besvaret (18 dage over fristen).',
    );
    expect(flags[0]?.reasonEn).toContain('18 days overdue');
  });

  it('falls back to the type answer time, overridable in settings', () => {
    const r = request({ id: 'r1', cpr: CPR, infoType: REHAB, requestedAt: '2026-10-15' });
    expect(detectDeadlinesPassed(context([r]))).toHaveLength(1);
    expect(detectDeadlinesPassed(context([r], '2026-11-20', { infoTypes: { [REHAB]: { answerDays: 40 } } }))).toEqual([]);
  });

  it('does not flag on the deadline day, answered requests, planned requests or a type without answer time', () => {
    expect(detectDeadlinesPassed(context([request({ id: 'a', cpr: CPR, infoType: REHAB, requestedAt: '2026-10-01', deadline: '2026-11-20' })]))).toEqual([]);
    expect(detectDeadlinesPassed(context([request({ id: 'b', cpr: CPR, infoType: REHAB, requestedAt: '2026-09-01', status: 'answered', answeredAt: '2026-10-20' })]))).toEqual([]);
    expect(detectDeadlinesPassed(context([request({ id: 'c', cpr: CPR, infoType: REHAB, requestedAt: '2026-09-01', status: 'planned' })]))).toEqual([]);
    expect(detectDeadlinesPassed(context([request({ id: 'd', cpr: CPR, infoType: 'psychological-assessment', requestedAt: '2025-01-01' })]))).toEqual([]);
  });

  it('flags an active plan whose review date has passed, not a closed one', () => {
    const overdue = plan({ id: 'p1', cpr: CPR, unit: 'Team Ressource', title: 'Jobplan', nextReview: '2026-11-01' });
    const [f] = detectDeadlinesPassed(context([overdue]));
    expect(f?.reason).toBe('Opfølgning på Jobplan hos Jobcenter (Team Ressource) var planlagt til 01-11-2026 og er 19 dage forsinket.');
    const closed = plan({ id: 'p2', cpr: CPR, title: 'Jobplan', nextReview: '2026-11-01', status: 'closed' });
    const future = plan({ id: 'p3', cpr: CPR, title: 'Jobplan', nextReview: '2026-12-01' });
    expect(detectDeadlinesPassed(context([closed, future]))).toEqual([]);
  });
});
