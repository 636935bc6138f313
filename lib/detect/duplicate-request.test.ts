import { describe, expect, it } from 'vitest';
import { Flag } from '../model/flag';
import { detectDuplicateRequests } from './duplicate-request';
import { detectAll } from '.';
import { context, document, request } from './test-records';

const CPR = '0101901234';
const REHAB = 'rehabilitation-team-statement';
const jobRequest = request({ id: 'r1', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: REHAB, requestedAt: '2026-11-02' });
const adultRequest = request({ id: 'r2', cpr: CPR, sector: 'adult', unit: 'Team Nord', infoType: REHAB, requestedAt: '2026-11-16' });

describe('duplicate-request', () => {
  it('flags a second request of the same type while the first is pending, in plain Danish and English', () => {
    const flags = detectDuplicateRequests(context([jobRequest, adultRequest]));
    expect(flags).toHaveLength(1);
    const f = flags[0]!;
    expect(Flag.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      rule: 'duplicate-request',
      status: 'open',
      citizens: [CPR],
      recordKeys: ['momentum|request|r1', 'nexus|request|r2'],
      feeAtStake: 1544,
      detectedAt: '2026-11-20',
    });
    expect(f.reason).toBe(
      'Lægeattest til rehabiliteringsteam (LÆ 265) er bestilt to gange: Jobcenter (Team Ressource) 02-11-2026 og ' +
        'Voksen Social (Team Nord) 16-11-2026. Den første er endnu ikke besvaret.',
    );
    expect(f.reasonEn).toBe(
      'Statement for the rehabilitation team (LÆ 265) has been requested twice: Jobcentre (Team Ressource) on 2 Nov 2026 and ' +
        'Adult Social Services (Team Nord) on 16 Nov 2026. The first has not been answered yet.',
    );
  });

  it('gives the same id whatever the input order, so re-detection finds the same flag', () => {
    const a = detectDuplicateRequests(context([jobRequest, adultRequest]));
    const b = detectDuplicateRequests(context([adultRequest, jobRequest]));
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
  });

  it('flags a repeat within the same unit too', () => {
    const again = request({ id: 'r3', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: REHAB, requestedAt: '2026-11-10' });
    expect(detectDuplicateRequests(context([jobRequest, again]))).toHaveLength(1);
  });

  it('flags a request made while an answered one is still valid, and says until when', () => {
    const answered = request({ id: 'r0', cpr: CPR, infoType: REHAB, requestedAt: '2026-06-01', answeredAt: '2026-06-20', status: 'answered' });
    const [f] = detectDuplicateRequests(context([answered, adultRequest]));
    expect(f?.reason).toContain('Den første blev besvaret 20-06-2026 og er gyldig til 17-12-2026.');
  });

  it('leaves a repeat for information already on file to the information-on-file flag (one situation, one flag)', () => {
    const answered = request({ id: 'r0', cpr: CPR, infoType: REHAB, requestedAt: '2026-06-01', answeredAt: '2026-06-20', status: 'answered' });
    const answer = document({ id: 'd0', cpr: CPR, infoType: REHAB, receivedAt: '2026-06-20' });
    expect(detectDuplicateRequests(context([answered, answer, adultRequest]))).toEqual([]);
    expect(detectAll(context([answered, answer, adultRequest])).map((f) => f.rule)).toEqual(['information-on-file']);
    // Two open requests for what is on file: each gets its own information-on-file flag, not a third flag as well.
    expect(detectAll(context([jobRequest, answer, adultRequest])).map((f) => f.rule)).toEqual(['information-on-file', 'information-on-file']);
    // Without the document, the same two requests are a duplicate.
    expect(detectAll(context([jobRequest, adultRequest])).map((f) => f.rule)).toEqual(['duplicate-request']);
  });

  it('does not flag different info types', () => {
    const status = request({ id: 'r4', cpr: CPR, sector: 'adult', infoType: 'status-statement', requestedAt: '2026-11-16' });
    expect(detectDuplicateRequests(context([jobRequest, status]))).toEqual([]);
  });

  it('does not flag once the earlier answer has expired', () => {
    const old = request({ id: 'r0', cpr: CPR, infoType: REHAB, requestedAt: '2025-01-02', answeredAt: '2025-01-20', status: 'answered' });
    expect(detectDuplicateRequests(context([old, adultRequest]))).toEqual([]);
  });

  it('uses the validity window from the settings', () => {
    const answered = request({ id: 'r0', cpr: CPR, infoType: REHAB, requestedAt: '2026-09-01', answeredAt: '2026-09-20', status: 'answered' });
    expect(detectDuplicateRequests(context([answered, adultRequest]))).toHaveLength(1);
    const short = context([answered, adultRequest], '2026-11-20', { infoTypes: { [REHAB]: { validityDays: 30 } } });
    expect(detectDuplicateRequests(short)).toEqual([]);
  });

  it('takes the fee from the duplicate itself, else from the settings, else the default list', () => {
    const withOverride = context([jobRequest, adultRequest], '2026-11-20', { infoTypes: { [REHAB]: { fee: 1700 } } });
    expect(detectDuplicateRequests(withOverride)[0]?.feeAtStake).toBe(1700);
    const ownFee = request({ id: 'r2', cpr: CPR, sector: 'adult', unit: 'Team Nord', infoType: REHAB, requestedAt: '2026-11-16', fee: 1600 });
    expect(detectDuplicateRequests(context([jobRequest, ownFee]))[0]?.feeAtStake).toBe(1600);
    const psych = (id: string, at: string) => request({ id, cpr: CPR, infoType: 'psychological-assessment', requestedAt: at });
    expect(detectDuplicateRequests(context([psych('p1', '2026-10-01'), psych('p2', '2026-11-01')]))[0]?.feeAtStake).toBeUndefined();
  });

  it('makes one flag for a chain of three and counts the fees of both repeats', () => {
    const third = request({ id: 'r5', cpr: CPR, sector: 'health', unit: 'Genoptræning', infoType: REHAB, requestedAt: '2026-11-18' });
    const flags = detectDuplicateRequests(context([third, adultRequest, jobRequest]));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.reason).toContain('er bestilt tre gange');
    expect(flags[0]?.feeAtStake).toBe(2 * 1544);
    expect(flags[0]?.recordKeys).toHaveLength(3);
  });

  it('ignores cancelled and stale requests, unknown types and other citizens', () => {
    const cancelled = request({ id: 'r1', cpr: CPR, infoType: REHAB, requestedAt: '2026-11-02', status: 'cancelled' });
    expect(detectDuplicateRequests(context([cancelled, adultRequest]))).toEqual([]);
    const stale = request({ id: 'r1', cpr: CPR, infoType: REHAB, requestedAt: '2026-11-02', stale: true });
    expect(detectDuplicateRequests(context([stale, adultRequest]))).toEqual([]);
    const unknown = (id: string) => request({ id, cpr: CPR, infoType: 'unknown', requestedAt: '2026-11-02' });
    expect(detectDuplicateRequests(context([unknown('u1'), unknown('u2')]))).toEqual([]);
    const sibling = request({ id: 'r9', cpr: '0202101234', infoType: REHAB, requestedAt: '2026-11-16' });
    expect(detectDuplicateRequests(context([jobRequest, sibling]))).toEqual([]);
  });

  it('does not treat a request closed without an answer as covering a later one', () => {
    const closed = request({ id: 'r1', cpr: CPR, infoType: REHAB, requestedAt: '2026-10-02', status: 'closed' });
    expect(detectDuplicateRequests(context([closed, adultRequest]))).toEqual([]);
  });
});
