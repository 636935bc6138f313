import { describe, expect, it } from 'vitest';
import { adultMeeting, contact, jobEffort, jobRequest } from '../view-fixtures';
import { TIMELINE_KINDS, filterTimeline, timelineItems } from './timeline-items';
import { SECTORS } from '@/lib/model';

describe('timelineItems', () => {
  it('takes only timeline kinds, newest first, with dates per kind', () => {
    const items = timelineItems([jobEffort, contact, jobRequest, adultMeeting]);
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ['meeting', '2025-03-12T10:00'],
      ['request', '2025-02-05'],
      ['effort', '2025-01-06'],
    ]);
    expect(items[2]!.until).toBe('2025-06-30');
  });

  it('puts records without a date last', () => {
    const undated = { ...jobEffort, nativeId: 'E9', start: undefined };
    expect(timelineItems([undated, jobRequest]).map((i) => i.kind)).toEqual(['request', 'effort']);
  });

  it('filters by sector, kind and staleness', () => {
    const items = timelineItems([jobEffort, jobRequest, adultMeeting]);
    const all = { sectors: new Set(SECTORS), kinds: new Set(TIMELINE_KINDS), showStale: true };
    expect(filterTimeline(items, { ...all, showStale: false })).toHaveLength(2);
    expect(filterTimeline(items, { ...all, sectors: new Set(['adult' as const]) })).toHaveLength(1);
    expect(filterTimeline(items, { ...all, kinds: new Set(['effort' as const]) })).toHaveLength(1);
  });
});
