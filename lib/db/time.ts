/** Callers pass `new Date().toISOString()` or a Date; everything stored is normalised so text order is time order. */
export type InstantInput = string | Date;

export function iso(t: InstantInput): string {
  const d = typeof t === 'string' ? new Date(t) : t;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date-time: ${String(t)}`);
  return d.toISOString();
}

export const DAY_MS = 86_400_000;

export const daysBefore = (t: string, days: number) => new Date(Date.parse(t) - days * DAY_MS).toISOString();

export const later = (a: string, b: string) => (a >= b ? a : b);
export const earlier = (a: string, b: string) => (a <= b ? a : b);
