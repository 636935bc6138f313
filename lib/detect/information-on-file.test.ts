import { describe, expect, it } from 'vitest';
import { detectInformationOnFile } from './information-on-file';
import { context, document, request } from './test-records';

const CPR = '0101901234';
const PSYCH = 'psychological-assessment';
const jobRequest = request({ id: 'q1', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: PSYCH, requestedAt: '2026-11-02' });
const childrenDoc = document({ id: 'd1', cpr: CPR, sector: 'children', unit: 'Team Syd', infoType: PSYCH, receivedAt: '2026-10-01', from: 'PPR' });

describe('information-on-file', () => {
  it('flags a pending request for information another unit already holds, naming both', () => {
    const flags = detectInformationOnFile(context([jobRequest, childrenDoc]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'information-on-file', citizens: [CPR], recordKeys: ['dubu|document|d1', 'momentum|request|q1'], status: 'open' });
    expect(flags[0]?.reason).toBe(
      'Psykologisk undersøgelse er bestilt af Jobcenter (Team Ressource) 02-11-2026, men kommunen har den allerede: ' +
        'modtaget af Børn og Familie (Team Syd) 01-10-2026 og gyldig til 01-10-2027.',
    );
    expect(flags[0]?.reasonEn).toContain('but the municipality already has it: received by Children and Family (Team Syd) on 1 Oct 2026');
  });

  it('flags a same-unit document received before the request, and a planned request', () => {
    const own = document({ id: 'd2', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: PSYCH, receivedAt: '2026-09-01' });
    expect(detectInformationOnFile(context([jobRequest, own]))).toHaveLength(1);
    const planned = request({ id: 'q2', cpr: CPR, infoType: PSYCH, requestedAt: '2026-11-25', status: 'planned' });
    expect(detectInformationOnFile(context([planned, childrenDoc]))).toHaveLength(1);
  });

  it('does not flag the answer to the request itself (same unit, received after)', () => {
    const answer = document({ id: 'd3', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: PSYCH, receivedAt: '2026-11-15' });
    expect(detectInformationOnFile(context([jobRequest, answer]))).toEqual([]);
  });

  it('does not flag an expired document, using validUntil when the source gives it', () => {
    const old = document({ id: 'd4', cpr: CPR, sector: 'children', infoType: PSYCH, receivedAt: '2025-06-01' });
    expect(detectInformationOnFile(context([jobRequest, old]))).toEqual([]);
    const shortLived = document({ id: 'd5', cpr: CPR, sector: 'children', infoType: PSYCH, receivedAt: '2026-10-01', validUntil: '2026-11-10' });
    expect(detectInformationOnFile(context([jobRequest, shortLived]))).toEqual([]);
  });

  it('does not flag other types, answered requests, other citizens or stale documents', () => {
    const school = document({ id: 'd6', cpr: CPR, sector: 'children', infoType: 'school-statement', receivedAt: '2026-10-01' });
    expect(detectInformationOnFile(context([jobRequest, school]))).toEqual([]);
    const answered = request({ id: 'q3', cpr: CPR, infoType: PSYCH, requestedAt: '2026-11-02', status: 'answered', answeredAt: '2026-11-10' });
    expect(detectInformationOnFile(context([answered, childrenDoc]))).toEqual([]);
    const sibling = document({ id: 'd7', cpr: '0202101234', sector: 'children', infoType: PSYCH, receivedAt: '2026-10-01' });
    expect(detectInformationOnFile(context([jobRequest, sibling]))).toEqual([]);
    const stale = document({ id: 'd1', cpr: CPR, sector: 'children', infoType: PSYCH, receivedAt: '2026-10-01', stale: true });
    expect(detectInformationOnFile(context([jobRequest, stale]))).toEqual([]);
  });

  it('puts the request fee at stake', () => {
    const rehab = 'rehabilitation-team-statement';
    const r = request({ id: 'q4', cpr: CPR, infoType: rehab, requestedAt: '2026-11-02' });
    const d = document({ id: 'd8', cpr: CPR, sector: 'adult', infoType: rehab, receivedAt: '2026-10-01' });
    expect(detectInformationOnFile(context([r, d]))[0]?.feeAtStake).toBe(1544);
  });
});
