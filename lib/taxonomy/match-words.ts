import { cleanText } from '../parse/text';

/**
 * Shared by the taxonomies: how a label from a case system is compared with our alias phrases. Hyphens and
 * punctuation become spaces so "Rehab-attest", "rehab attest" and "§50-undersøgelse" meet the same alias.
 */
export function normaliseLabel(s: string): string {
  return cleanText(
    cleanText(s)
      .toLowerCase()
      .replace(/§\s*/g, '§ ')
      .replace(/[-–—/()[\]{}"'«»:;,!?]+/g, ' ')
      .replace(/\.(?=\s|$)/g, ' '),
  );
}

export type AliasHit = { start: number; end: number };

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the code point that starts at `i` (or, with `before`, ends just before it) is a letter or digit. */
function isWordAt(s: string, i: number, before = false): boolean {
  if (before) {
    if (i <= 0) return false;
    // A letter outside the BMP is two code units: look at the whole pair.
    const low = s.charCodeAt(i - 1);
    i -= low >= 0xdc00 && low <= 0xdfff && i >= 2 ? 2 : 1;
  }
  const cp = s.codePointAt(i);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Where an alias occurs in a normalised label. It must start at a word start; with `prefix` it may run on into
 * a Danish compound ("mentor" in "mentorstøtte"), otherwise it must end at a word end. Short aliases are always
 * whole words, since "uu" or "fgu" as a prefix would hit unrelated words.
 */
export function findAlias(label: string, alias: string, prefix = false): AliasHit[] {
  const a = normalisedAlias(alias);
  // No regular expression per alias: compiling one with Unicode classes for each of some hundred aliases was a
  // quarter of a small page's first read, and almost every alias misses almost every label anyway.
  let at = a ? label.indexOf(a) : -1;
  if (at < 0) return NO_HITS;
  const mayRunOn = prefix && a.length > 3;
  const hits: AliasHit[] = [];
  while (at >= 0) {
    const end = at + a.length;
    if (!isWordAt(label, at, true) && (mayRunOn || !isWordAt(label, end))) {
      hits.push({ start: at, end });
      at = label.indexOf(a, end);
    } else {
      at = label.indexOf(a, at + 1);
    }
  }
  return hits.length ? hits : NO_HITS;
}

/** Shared, since almost every alias misses almost every label (a fresh [] each time is garbage to collect). */
const NO_HITS: AliasHit[] = Object.freeze([]) as unknown as AliasHit[];

/** The aliases are a fixed list: normalised once, not for every label (a page has 1,000 rows). */
const normalisedAliases = new Map<string, string>();
function normalisedAlias(alias: string): string {
  let a = normalisedAliases.get(alias);
  if (a === undefined) {
    a = normaliseLabel(alias);
    if (normalisedAliases.size < 2000) normalisedAliases.set(alias, a);
  }
  return a;
}
