import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nameSimilarity, nameTokens } from './name';

describe('nameTokens', () => {
  it('puts "Efternavn, Fornavn" back in order and folds Danish letters', () => {
    expect(nameTokens('Sørensen, Pernille')).toEqual(['pernille', 'soerensen']);
    expect(nameTokens('Åse Ærø-Østergaard')).toEqual(['aase', 'aeroe', 'oestergaard']);
  });
});

describe('nameSimilarity', () => {
  const match = (a: string, b: string) => nameSimilarity(a, b);

  it('matches the same name exactly', () => {
    expect(match('Trine Hansen', 'trine  hansen')).toEqual({ score: 1, reasons: ['name-exact'] });
  });

  it('handles æøå written as ae/oe/aa', () => {
    expect(match('Søren Jørgensen', 'Soeren Joergensen')?.reasons).toEqual(['name-danish-letters']);
    expect(match('Åse Aagaard', 'Aase Ågaard')?.score).toBe(1);
  });

  it('handles swapped order and the comma form', () => {
    expect(match('Hansen Trine', 'Trine Hansen')?.reasons).toContain('name-order-swapped');
    expect(match('Hansen, Trine', 'Trine Hansen')?.reasons).toEqual(['name-exact']);
  });

  it('handles a missing middle name', () => {
    const m = match('Trine Marie Hansen', 'Trine Hansen');
    expect(m?.reasons).toEqual(['name-middle-name']);
    expect(m!.score).toBeGreaterThan(0.9);
  });

  it('handles one typo per name part, a transposition counting as one', () => {
    expect(match('Pernile Sørensen', 'Pernille Sørensen')?.reasons).toEqual(['name-typo']);
    expect(match('Jakob Nielsne', 'Jakob Nielsen')?.reasons).toEqual(['name-typo']);
    expect(editDistance('nielsne', 'nielsen')).toBe(1);
  });

  it('accepts one initial with a full other name part', () => {
    expect(match('T. Hansen', 'Trine Hansen')?.reasons).toEqual(['name-initial']);
    expect(match('T. H.', 'Trine Hansen')).toBeUndefined();
  });

  it('does not match different people', () => {
    expect(match('Anne Hansen', 'Anne Jensen')).toBeUndefined();
    expect(match('Mie Hansen', 'Mia Hansen')).toBeUndefined();
    expect(match('Martin Hansen', 'Mie Hansen')).toBeUndefined();
    expect(match('Trine', 'Trine Hansen')).toBeUndefined();
    expect(match('Hansen', 'Hansen')).toBeUndefined();
  });

  it('is symmetric and scores within 0..1', () => {
    const name = fc.array(fc.constantFrom('Trine', 'Hansen', 'Marie', 'Søren', 'Soeren', 'Jensen', 'Mie', 'T.'), { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = nameSimilarity(a, b);
        const ba = nameSimilarity(b, a);
        expect(ab?.score).toBe(ba?.score);
        if (ab) {
          expect(ab.score).toBeGreaterThanOrEqual(0);
          expect(ab.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
