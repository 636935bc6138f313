/** Calendar-day arithmetic on ISO strings, in UTC so a DST change never moves a deadline by a day. */

const DAY_MS = 86_400_000;

/** Accepts a date, a date-time or a full ISO timestamp; only the calendar day counts. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function dayNumber(iso: string): number {
  const d = dayOf(iso);
  return Math.floor(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
