/** CPR helpers. All CPR numbers in the demo are fictional; none is validated by modulus 11 (see README). */

/** 010203-1234 */
export const cprDash = (cpr: string): string => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
/** 010203-xxxx */
export const cprMasked = (cpr: string): string => `${cpr.slice(0, 6)}-xxxx`;
/** 0102031234 */
export const cprPlain = (cpr: string): string => cpr;

/**
 * Builds a fictional CPR from a birth date (YYYY-MM-DD) and a 3-digit running number. The 7th digit follows the
 * century rule (0-3 for 1900-1999, 4 for 2000-2036); the last digit is even for women and odd for men.
 */
export function makeCpr(birthDate: string, running: number, gender: 'female' | 'male'): string {
  const [y = '', m = '', d = ''] = birthDate.split('-');
  const year = Number(y);
  const century = year >= 2000 ? 4 : running % 4;
  const mid = String(running % 100).padStart(2, '0');
  const base = running % 10;
  const last = gender === 'female' ? (base % 2 === 0 ? base : (base + 1) % 10) : base % 2 === 1 ? base : (base + 1) % 10;
  return `${d}${m}${y.slice(2)}${century}${mid}${last}`;
}

/** The old modulus-11 rule, for the README's claim that some demo CPRs fail it (as real post-2007 CPRs may). */
export function passesMod11(cpr: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(cpr[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}
