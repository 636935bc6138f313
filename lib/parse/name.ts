import { fail, ok, type ParseResult } from '../model/parse-result';
import { cleanText, quote, tooLong } from './text';

export type ParsedName = { given: string; family: string; full: string };

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * "Efternavn, Fornavn" (how the legacy systems list citizens) or "Fornavn Efternavn". Without a comma the last
 * word is the family name: Danish middle names are ambiguous, and linking compares the full name anyway.
 * A name with digits is refused because it usually means the adapter read the CPR cell by mistake.
 */
export function parseName(text: string): ParseResult<ParsedName> {
  const s = cleanText(text);
  if (!s) return fail('expected a name, found nothing');
  const long = tooLong(s, 'a name');
  if (long) return long;
  if (DIGIT.test(s) || !LETTER.test(s)) return fail(`expected a name, found ${quote(s.replace(/\d/g, '#'))}`);

  const parts = s.split(',').map((p) => p.trim());
  if (parts.length > 2) return fail(`expected "Efternavn, Fornavn" with one comma, found ${quote(s)}`);
  if (parts.length === 2) {
    const [family, given] = parts as [string, string];
    if (!LETTER.test(family)) return fail(`expected a family name before the comma, found ${quote(s)}`);
    return ok(build(given, family));
  }
  const words = s.split(' ');
  const family = words.pop()!;
  return ok(build(words.join(' '), family));
}

function build(given: string, family: string): ParsedName {
  return { given, family, full: given ? `${given} ${family}` : family };
}
