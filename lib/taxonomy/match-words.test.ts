import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAlias, normaliseLabel } from './match-words';

/** The definition findAlias implements without compiling a pattern: the alias between Unicode word checks. */
function byPattern(label: string, alias: string, prefix: boolean) {
  const a = normaliseLabel(alias);
  if (!a) return [];
  const word = String.raw`[\p{L}\p{N}]`;
  const tail = prefix && a.length > 3 ? '' : `(?!${word})`;
  const re = new RegExp(`(?<!${word})${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${tail}`, 'gu');
  return [...label.matchAll(re)].map((m) => ({ start: m.index, end: m.index + a.length }));
}

describe('findAlias', () => {
  it('hits at word starts only, and at word ends unless a long alias may run on into a compound', () => {
    expect(findAlias('mentorstøtte i ressourceforløb', 'mentor', true)).toEqual([{ start: 0, end: 6 }]);
    expect(findAlias('mentorstøtte', 'mentor')).toEqual([]);
    expect(findAlias('fgu forløb og fgus', 'fgu', true)).toEqual([{ start: 0, end: 3 }]);
    expect(findAlias('lægeattest', 'attest')).toEqual([]);
    expect(findAlias('lae 265 og lae 265', 'LÆ 265')).toEqual([]);
    expect(findAlias('læ 265 og læ 265', 'LÆ 265')).toEqual([{ start: 0, end: 6 }, { start: 10, end: 16 }]);
  });

  it('treats a letter outside the BMP as a letter on either side', () => {
    expect(findAlias('𝒜ppr', 'ppr')).toEqual([]);
    expect(findAlias('ppr𝒜', 'ppr')).toEqual([]);
    expect(findAlias('😀ppr😀', 'ppr')).toEqual([{ start: 2, end: 5 }]);
  });

  it('finds what the word-boundary pattern finds, on any label', () => {
    const pieces = fc.constantFrom('ppr', 'pp', 'r', ' ', 'æ', '𝒜', '😀', '1', 'mentor', 'støtte', '§', '.', 'aa');
    const text = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('ppr', 'aa', 'mentor', 'mentorstøtte', '§ 1', 'æ'), fc.boolean(), (label, alias, prefix) => {
        expect(findAlias(label, alias, prefix)).toEqual(byPattern(label, alias, prefix));
      }),
      { numRuns: 2000 },
    );
  });
});
