import { fail, ok, type ParseResult } from '../model/parse-result';
import { isoDate } from './calendar';
import { cleanText, tooLong } from './text';

export type ParsedCpr = {
  /** All 10 digits; absent when the system masks the serial part, because then we only know the birth date. */
  digits?: string;
  birthDate: string;
  masked: boolean;
};

/** "CPR: ", "CPR-nr.: ", "Cpr.nr. ", "CPR nummer" in front of the number, as the systems label it inline. */
const PREFIX = /^cpr\.?(?:[-\s]?(?:nr|nummer)\.?)?\s*:?\s*/i;
/** Dash, en dash, space or nothing between DDMMYY and the serial; the mask is four x's or asterisks. */
const CPR = /^(\d{2})(\d{2})(\d{2})\s?[-–]?\s?(\d{4}|[xX*]{4})$/;

/**
 * The century follows from the 7th digit (the first serial digit) by the CPR office's table. Exported so the
 * linking code can reason about it without re-parsing.
 */
export function cprBirthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/**
 * Without the serial the century is unknown; a birth year in the future is impossible, so a year after this
 * year's two digits is taken as the 1900s. `now` is a parameter so tests do not depend on the clock.
 */
export function maskedBirthYear(yy: number, now: Date = new Date()): number {
  return (yy > now.getFullYear() % 100 ? 1900 : 2000) + yy;
}

/**
 * Reads a CPR number as the systems print it. Never rejects on modulus 11: since 2007 valid CPR numbers exist
 * that fail it. Errors never repeat the serial digits, because parse errors end up in adapter reports.
 */
export function parseCpr(text: string, now: Date = new Date()): ParseResult<ParsedCpr> {
  const s = cleanText(text).replace(PREFIX, '');
  const long = tooLong(s, 'a CPR number');
  if (long) return long;
  if (!s) return fail('expected a CPR number such as 010203-1234, found nothing');
  const m = CPR.exec(s);
  if (!m) return fail('expected a CPR number as DDMMYY-SSSS, DDMMYYSSSS or DDMMYY-xxxx');
  const [, dd, mm, yy, serial] = m as unknown as [string, string, string, string, string];
  const masked = !/^\d{4}$/.test(serial);
  const year = masked ? maskedBirthYear(Number(yy), now) : cprBirthYear(Number(yy), Number(serial[0]));
  const birthDate = isoDate(year, Number(mm), Number(dd));
  if (!birthDate) return fail(`the birth date part ${dd}${mm}${yy} of the CPR number is not a real date`);
  return ok(masked ? { birthDate, masked } : { digits: `${dd}${mm}${yy}${serial}`, birthDate, masked });
}

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** For information only (e.g. a hint in the UI); a CPR that fails it can still be real. */
export function passesMod11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = MOD11_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return sum % 11 === 0;
}

/**
 * Display form. With `mask`, anything not recognisable is masked entirely: when in doubt, show less, since a
 * screen is seen by whoever stands behind the caseworker.
 */
export function formatCpr(digits: string, opts: { mask?: boolean } = {}): string {
  const d = cleanText(digits).replace(/[-–\s]/g, '');
  if (opts.mask) return /^\d{6}/.test(d) ? `${d.slice(0, 6)}-xxxx` : 'xxxxxx-xxxx';
  return /^\d{10}$/.test(d) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
}
