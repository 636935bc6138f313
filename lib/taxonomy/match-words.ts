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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = String.raw`[\p{L}\p{N}]`;

/**
 * Where an alias occurs in a normalised label. It must start at a word start; with `prefix` it may run on into
 * a Danish compound ("mentor" in "mentorstøtte"), otherwise it must end at a word end. Short aliases are always
 * whole words, since "uu" or "fgu" as a prefix would hit unrelated words.
 */
export function findAlias(label: string, alias: string, prefix = false): AliasHit[] {
  const matcher = aliasMatcher(alias, prefix);
  // The pattern is the alias itself between word checks: no substring, no hit (and no regular expression run).
  if (!matcher || !label.includes(matcher.a)) return NO_HITS;
  const { a, re } = matcher;
  return [...label.matchAll(re)].map((m) => ({ start: m.index, end: m.index + a.length }));
}

/** Shared, since almost every alias misses almost every label (a fresh [] each time is garbage to collect). */
const NO_HITS: AliasHit[] = Object.freeze([]) as unknown as AliasHit[];

type Matcher = { a: string; re: RegExp } | null;
/** The aliases are a fixed list: normalised and compiled once, not for every label (a page has 1,000 rows). */
const matchers = { prefix: new Map<string, Matcher>(), word: new Map<string, Matcher>() };

function aliasMatcher(alias: string, prefix: boolean): Matcher {
  const cache = prefix ? matchers.prefix : matchers.word;
  let matcher = cache.get(alias);
  if (matcher === undefined) {
    const a = normaliseLabel(alias);
    const tail = prefix && a.length > 3 ? '' : `(?!${WORD})`;
    matcher = a ? { a, re: new RegExp(`(?<!${WORD})${escape(a)}${tail}`, 'gu') } : null;
    if (cache.size < 2000) cache.set(alias, matcher);
  }
  return matcher;
}
