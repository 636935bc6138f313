import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromDayNumber } from './dates';

describe('dates', () => {
  it('agrees with Date.UTC over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1) / 864e5, max: Date.UTC(2250, 0, 1) / 864e5 }), (n) => {
        const iso = new Date(n * 864e5).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
        expect(fromDayNumber(n)).toBe(iso);
      }),
    );
  });

  it('adds across month, leap-day and year ends, and ignores the time of day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-23T10:00', '2026-11-30T08:00')).toBe(7);
  });
});
