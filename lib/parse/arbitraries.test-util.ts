import fc from 'fast-check';
import { daysInMonth } from './calendar';

/** A real calendar date between the given years, as numbers and as ISO. */
export const calendarDate = (minYear = 1800, maxYear = 2199) =>
  fc
    .integer({ min: minYear, max: maxYear })
    .chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => ({ y, m, d }))))
    .map(({ y, m, d }) => ({ y, m, d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }));

export const pad2 = (n: number): string => String(n).padStart(2, '0');
