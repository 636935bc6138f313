import { cprBirthYear } from '../parse/cpr';
import { isoDate } from '../parse/calendar';

/**
 * The identity key of a citizen: exactly 10 digits. Accepts the printed forms (010203-1234, 0102031234,
 * 010203 1234). A masked CPR (010203-xxxx) is not an identity and gives undefined. No modulus-11 check:
 * valid CPR numbers issued since 2007 may fail it.
 */
export function normaliseCpr(input: string | null | undefined): string | undefined {
  if (input == null) return undefined;
  const s = String(input).replace(/[\s\u00A0\u202F]/g, '').replace(/[-–]/, '');
  return /^\d{10}$/.test(s) ? s : undefined;
}

/** Birth date implied by a full CPR (century from the 7th digit), or undefined for fictional/impossible dates. */
export function cprBirthDate(cpr: string): string | undefined {
  const d = normaliseCpr(cpr);
  if (!d) return undefined;
  const year = cprBirthYear(Number(d.slice(4, 6)), Number(d[6]));
  return isoDate(year, Number(d.slice(2, 4)), Number(d.slice(0, 2)));
}

/**
 * DDMMYY of an ISO date: all a masked CPR really tells. The century of a masked CPR is a guess by the parser,
 * so candidates are looked up by this key and the full date compared afterwards.
 */
export function birthKey(isoDate: string): string {
  return `${isoDate.slice(8, 10)}${isoDate.slice(5, 7)}${isoDate.slice(2, 4)}`;
}
