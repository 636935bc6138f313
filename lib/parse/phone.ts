import { fail, ok, type ParseResult } from '../model/parse-result';
import { cleanText, quote, tooLong } from './text';

/** Labels the systems put in the same cell as the number. */
const LABEL = /^(?:tlf|telefon|telefonnr|mobil|mobilnr|mob|tel|direkte|dir)\.?\s*(?:nr\.?)?\s*:?\s*/i;

/**
 * Danish numbers as "+45 12 34 56 78", the way they are read aloud, so the same number from two systems
 * compares equal. Foreign numbers keep their digits behind a "+": we cannot know where their country code ends.
 */
export function parsePhone(text: string): ParseResult<string> {
  const original = cleanText(text);
  if (!original) return fail('expected a phone number, found nothing');
  const long = tooLong(original, 'a phone number');
  if (long) return long;
  const s = original.replace(LABEL, '');
  if (!/^[+(]?[\d\s().\-/+]+$/.test(s) || (s.match(/\+/g)?.length ?? 0) > 1) {
    return fail(`expected one phone number such as 12 34 56 78, found ${quote(original)}`);
  }
  const international = /^\(?\+|^00/.test(s);
  let digits = s.replace(/\D/g, '');
  if (/^00/.test(s.replace(/\D/g, ''))) digits = digits.slice(2);

  if (!international && digits.length === 8) return danish(digits, original);
  if (international && digits.startsWith('45') && digits.length === 10) return danish(digits.slice(2), original);
  if (international && digits.length >= 7 && digits.length <= 15) return ok(`+${digits}`);
  return fail(`expected a phone number with 8 digits such as 12 34 56 78, found ${quote(original)}`);
}

function danish(digits: string, original: string): ParseResult<string> {
  // No Danish subscriber number starts with 0, so one that does is cut off or carries a mangled prefix.
  if (digits.startsWith('0')) return fail(`${quote(original)} is not a Danish phone number`);
  return ok(`+45 ${digits.replace(/(\d{2})(?=\d)/g, '$1 ')}`);
}
