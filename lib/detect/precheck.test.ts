import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordStatus } from '../model/record';
import { detectDuplicateRequests } from './duplicate-request';
import { checkNewRequest } from './precheck';
import { generatePopulation } from './population';
import { context, document, request } from './test-records';

const CPR = '0101901234';
const REHAB = 'rehabilitation-team-statement';
const pending = request({ id: 'r1', cpr: CPR, sector: 'job', unit: 'Team Ressource', infoType: REHAB, requestedAt: '2026-11-02' });

describe('checkNewRequest', () => {
  it('lists a pending request of the same type, with a reason', () => {
    const res = checkNewRequest(context([pending]), { citizenCpr: '010190-1234', infoType: REHAB });
    expect(res.duplicates.map((d) => d.record)).toEqual([pending]);
    expect(res.duplicates[0]?.reason).toBe('Bestilt af Jobcenter (Team Ressource) 02-11-2026 og endnu ikke besvaret.');
    expect(res.duplicates[0]?.reasonEn).toBe('Requested by Jobcentre (Team Ressource) on 2 Nov 2026, not answered yet.');
    expect(res.onFile).toEqual([]);
  });

  it('lists an answered request still valid, not an expired one', () => {
    const valid = request({ id: 'r2', cpr: CPR, sector: 'adult', infoType: REHAB, requestedAt: '2026-08-01', answeredAt: '2026-08-20', status: 'answered' });
    const expired = request({ id: 'r3', cpr: CPR, sector: 'adult', infoType: REHAB, requestedAt: '2025-08-01', answeredAt: '2025-08-20', status: 'answered' });
    const res = checkNewRequest(context([valid, expired]), { citizenCpr: CPR, infoType: REHAB });
    expect(res.duplicates.map((d) => d.record)).toEqual([valid]);
    expect(res.duplicates[0]?.reason).toBe('Bestilt af Voksen Social (Team A) 01-08-2026, besvaret 20-08-2026, gyldig til 16-02-2027.');
  });

  it('lists valid documents on file, including one received today by the own unit', () => {
    const doc = document({ id: 'd1', cpr: CPR, sector: 'adult', unit: 'Team Nord', infoType: REHAB, receivedAt: '2026-10-01', from: 'egen læge' });
    const today = document({ id: 'd2', cpr: CPR, sector: 'job', infoType: REHAB, receivedAt: '2026-11-20' });
    const old = document({ id: 'd3', cpr: CPR, sector: 'adult', infoType: REHAB, receivedAt: '2026-01-01' });
    const res = checkNewRequest(context([doc, old, today]), { citizenCpr: CPR, infoType: REHAB });
    expect(res.onFile.map((d) => d.record)).toEqual([today, doc]);
    expect(res.onFile[1]?.reason).toBe('Modtaget af Voksen Social (Team Nord) 01-10-2026 fra egen læge, gyldig til 30-03-2027.');
  });

  it('looks only at the citizen asked about, the type asked about and known types', () => {
    const sibling = request({ id: 'r4', cpr: '0202101234', infoType: REHAB, requestedAt: '2026-11-02' });
    const other = request({ id: 'r5', cpr: CPR, infoType: 'status-statement', requestedAt: '2026-11-02' });
    expect(checkNewRequest(context([sibling, other]), { citizenCpr: CPR, infoType: REHAB })).toEqual({ duplicates: [], onFile: [] });
    expect(checkNewRequest(context([pending]), { citizenCpr: CPR, infoType: 'no-such-type' })).toEqual({ duplicates: [], onFile: [] });
    expect(checkNewRequest(context([pending]), { citizenCpr: '010190-xxxx', infoType: REHAB })).toEqual({ duplicates: [], onFile: [] });
  });

  it('agrees with the duplicate-request rule on whether a request made now would be flagged', () => {
    const statuses: RecordStatus[] = ['planned', 'pending', 'answered', 'closed', 'cancelled'];
    const history = fc.array(
      fc.record({
        type: fc.constantFrom(REHAB, 'status-statement'),
        daysAgo: fc.integer({ min: 0, max: 400 }),
        answeredAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        status: fc.constantFrom(...statuses),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(history, (items) => {
        const now = '2026-11-20';
        const records = items.map((it, i) => {
          const requestedAt = new Date(Date.UTC(2026, 10, 20 - it.daysAgo)).toISOString().slice(0, 10);
          const answeredAt = it.answeredAfter !== undefined && it.daysAgo >= it.answeredAfter
            ? new Date(Date.UTC(2026, 10, 20 - it.daysAgo + it.answeredAfter)).toISOString().slice(0, 10)
            : undefined;
          return request({ id: `h${i}`, cpr: CPR, infoType: it.type, requestedAt, status: it.status, ...(answeredAt ? { answeredAt } : {}) });
        });
        const warned = checkNewRequest(context(records, now), { citizenCpr: CPR, infoType: REHAB }).duplicates.length > 0;
        const fresh = request({ id: 'new', cpr: CPR, infoType: REHAB, requestedAt: now, sector: 'health' });
        const flagged = detectDuplicateRequests(context([...records, fresh], now)).some((f) => f.recordKeys.includes('sundhed|request|new'));
        expect(warned).toBe(flagged);
      }),
      { numRuns: 300 },
    );
  });

  it('answers for a citizen with 1,000 records', () => {
    const records = generatePopulation({ seed: 7, citizens: 1, recordsPerCitizen: 1000 });
    expect(records).toHaveLength(1000);
    const cpr = records[0]!.citizen.cpr!;
    const res = checkNewRequest(context(records), { citizenCpr: cpr, infoType: REHAB });
    expect(res.duplicates.every((d) => d.record.infoType === REHAB && d.record.citizen.cpr === cpr)).toBe(true);
  });
});
