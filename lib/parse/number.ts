import { fail, ok, type ParseResult } from '../model/parse-result';
import { cleanText, quote, tooLong } from './text';

/**
 * Whole numbers as the systems print counts and hours ("12", "1.234", "-3"). A decimal is refused rather than
 * rounded, because an adapter asking for an integer that gets "3,5" is reading the wrong cell.
 */
export function parseInteger(text: string): ParseResult<number> {
  const s = cleanText(text);
  if (!s) return fail('expected a whole number, found nothing');
  const long = tooLong(s, 'a whole number');
  if (long) return long;
  const m = /^([-−]?)(\d{1,3}(?:[. ]\d{3})+|\d+)$/.exec(s);
  if (!m) return fail(`expected a whole number, found ${quote(s)}`);
  const value = Number(m[2]!.replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(value)) return fail(`${quote(s)} is too large`);
  return ok(m[1] && value !== 0 ? -value : value);
}
