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
  const a = normaliseLabel(alias);
  if (!a) return [];
  const tail = prefix && a.length > 3 ? '' : `(?!${WORD})`;
  const re = new RegExp(`(?<!${WORD})${escape(a)}${tail}`, 'gu');
  return [...label.matchAll(re)].map((m) => ({ start: m.index, end: m.index + a.length }));
}
