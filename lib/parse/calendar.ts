/**
 * Calendar arithmetic shared by the date and CPR parsers. Done by hand rather than with `Date` because `Date`
 * silently rolls 31-02 over to 03-03, which is exactly the kind of guess a parser must not make.
 */

/** Years outside this window are almost always typos (0226 for 2026); CPR reaches back to the 1800s. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' when the date exists, otherwise undefined. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** 'HH:MM' when the time exists on a 24-hour clock, otherwise undefined. */
export function isoTime(h: number, min: number): string | undefined {
  if (!Number.isInteger(h) || !Number.isInteger(min) || h < 0 || h > 23 || min < 0 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}
