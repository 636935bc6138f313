import { fail, ok, type ParseResult } from '../model/parse-result';
import { cleanText, quote, tooLong } from './text';

const CURRENCY_BEFORE = /^(?:kr\.?|dkk)\s*/;
const CURRENCY_AFTER = /\s*(?:kr\.?|dkk)$/;
/** Danish grouping: '.' (or a space) between thousands, ',' before øre. */
const GROUPED = /^\d{1,3}(?:[. ]\d{3})+(?:,\d{1,2})?$/;
const PLAIN = /^\d+(?:,\d{1,2})?$/;
/** "1544.00" from systems that print numbers the English way; a dot before exactly two digits cannot be a thousands separator. */
const DOT_DECIMAL = /^\d+\.\d{2}$/;

/** Amounts in kroner, rounded to whole øre. */
export function parseMoney(text: string): ParseResult<number> {
  const original = cleanText(text);
  if (!original) return fail('expected an amount such as 1.544,00 kr., found nothing');
  const long = tooLong(original, 'an amount');
  if (long) return long;
  let s = original.toLowerCase().replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  // "397,-" is how Danish prices say "no øre".
  s = s.replace(/,[-–]$/, '');
  const negative = /^[-−–]\s*/.test(s);
  s = s.replace(/^[-−–]\s*/, '');

  let value: number;
  if (GROUPED.test(s) || PLAIN.test(s)) value = Number(s.replace(/[. ]/g, '').replace(',', '.'));
  else if (DOT_DECIMAL.test(s)) value = Number(s);
  else return fail(`expected an amount such as 1.544,00 kr., found ${quote(original)}`);
  const rounded = Math.round(value * 100) / 100;
  return ok(negative && rounded !== 0 ? -rounded : rounded);
}
