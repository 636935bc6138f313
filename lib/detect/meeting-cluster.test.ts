import { describe, expect, it } from 'vitest';
import { detectMeetingClusters } from './meeting-cluster';
import { context, meeting } from './test-records';

const CPR = '0101901234';
const job = meeting({ id: 'm1', cpr: CPR, sector: 'job', unit: 'Team Ressource', title: 'Opfølgningssamtale', at: '2026-11-23T10:00' });
const adult = meeting({ id: 'm2', cpr: CPR, sector: 'adult', unit: 'Team Nord', title: 'Statusmøde', at: '2026-11-25T13:00' });
const health = meeting({ id: 'm3', cpr: CPR, sector: 'health', unit: 'Smerteklinik', title: 'Samtale', at: '2026-11-27T09:30' });

describe('meeting-cluster', () => {
  it('makes one flag of three meetings in three units in one week, listing them', () => {
    const flags = detectMeetingClusters(context([health, job, adult]));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.recordKeys).toHaveLength(3);
    expect(flags[0]?.reason).toBe(
      'Tre møder inden for 4 dage i tre forskellige enheder: Opfølgningssamtale hos Jobcenter (Team Ressource) 23-11-2026 kl. 10:00, ' +
        'Statusmøde hos Voksen Social (Team Nord) 25-11-2026 kl. 13:00 og Samtale hos Sundhed og Rehabilitering (Smerteklinik) ' +
        '27-11-2026 kl. 09:30. Overvej ét fælles møde.',
    );
    expect(flags[0]?.reasonEn).toContain('Three meetings within 4 days in three different units');
  });

  it('flags meetings exactly 7 days apart but not 8 with the default window', () => {
    const week = meeting({ id: 'm4', cpr: CPR, sector: 'adult', at: '2026-11-30T10:00' });
    expect(detectMeetingClusters(context([job, week]))).toHaveLength(1);
    const eight = meeting({ id: 'm4', cpr: CPR, sector: 'adult', at: '2026-12-01T08:00' });
    expect(detectMeetingClusters(context([job, eight]))).toEqual([]);
  });

  it('follows settings.meetingClusterDays', () => {
    expect(detectMeetingClusters(context([job, health], '2026-11-20', { meetingClusterDays: 3 }))).toEqual([]);
    expect(detectMeetingClusters(context([job, adult], '2026-11-20', { meetingClusterDays: 3 }))).toHaveLength(1);
  });

  it('ignores cancelled and closed meetings', () => {
    const cancelled = meeting({ id: 'm2', cpr: CPR, sector: 'adult', at: '2026-11-25T13:00', status: 'cancelled' });
    const held = meeting({ id: 'm3', cpr: CPR, sector: 'health', at: '2026-11-27T09:30', status: 'closed' });
    expect(detectMeetingClusters(context([job, cancelled, held]))).toEqual([]);
  });

  it('does not flag meetings of the same unit, or of different citizens', () => {
    const sameUnit = meeting({ id: 'm5', cpr: CPR, sector: 'job', unit: 'Team Ressource', at: '2026-11-24T10:00' });
    expect(detectMeetingClusters(context([job, sameUnit]))).toEqual([]);
    const other = meeting({ id: 'm6', cpr: '0202101234', sector: 'adult', at: '2026-11-24T10:00' });
    expect(detectMeetingClusters(context([job, other]))).toEqual([]);
  });

  it('says "samme dag" for meetings on one day', () => {
    const sameDay = meeting({ id: 'm7', cpr: CPR, sector: 'children', at: '2026-11-23T14:00' });
    expect(detectMeetingClusters(context([job, sameDay]))[0]?.reason).toMatch(/^To møder samme dag i to forskellige enheder/);
  });
});
