import { fail, ok, type ParseResult } from '../model/parse-result';

/**
 * Characters that render as nothing or reorder what is shown. A hostile or sloppy page can use them to make
 * "Hansen" and "Han\u200Bsen" look alike while comparing differently, or to hide text behind a right-to-left
 * override, so they never reach the store. Covers zero-width and bidi marks (U+200B-U+200F, U+061C),
 * bidi embeddings/overrides (U+202A-U+202E), bidi isolates (U+2066-U+2069), invisible operators and the word
 * joiner (U+2060-U+2064), the BOM (U+FEFF), the soft hyphen and the C0/C1 controls that are not whitespace.
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Text made only of printable Latin characters (no NBSP, no soft hyphen) with single inner spaces is unchanged by
 * cleanText: none of it is INVISIBLE or whitespace other than those spaces.
 */
const NEEDS_CLEANING = /[^\x21-\x7E\xA1-\xAC\xAE-\u02FF ]| {2}|^ | $/;

/** `\s` already covers NBSP (U+00A0), the narrow NBSP (U+202F) and the other Unicode spaces. */
const WHITESPACE = /\s+/g;

/**
 * The one normalisation every scraped string goes through before it is parsed or stored. Accepts null and
 * undefined because DOM `textContent` can be null, and a parser must not throw on a missing node.
 */
export function cleanText(s: string | null | undefined): string {
  if (s == null) return '';
  const text = String(s);
  // Most cells are already clean: one scan instead of two replaces and a trim (the reader cleans every cell).
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/** For declarative adapters: plain text, but an empty cell is reported rather than stored as ''. */
export function parseText(text: string): ParseResult<string> {
  const s = cleanText(text);
  return s ? ok(s) : fail('expected text, found nothing');
}

/** Echo what we found in an error, but bounded: errors end up in logs and adapter reports. */
export function quote(s: string, max = 60): string {
  const c = cleanText(s);
  return `"${c.length > max ? `${c.slice(0, max)}…` : c}"`;
}

/**
 * No structured field (date, CPR, amount, legal basis...) is anywhere near this long. Refusing longer input up
 * front keeps a hostile page from feeding megabytes to the parsers' regular expressions and freezing the tab.
 */
export const MAX_FIELD_LENGTH = 200;

export function tooLong(s: string, what: string): ParseResult<never> | undefined {
  return s.length > MAX_FIELD_LENGTH ? fail(`expected ${what}, found ${s.length} characters of text`) : undefined;
}
