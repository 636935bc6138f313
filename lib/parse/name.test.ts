import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseName } from './name';

describe('parseName', () => {
  it.each([
    ['Hansen, Trine', { given: 'Trine', family: 'Hansen', full: 'Trine Hansen' }],
    ['Trine Hansen', { given: 'Trine', family: 'Hansen', full: 'Trine Hansen' }],
    ['Trine Marie Hansen', { given: 'Trine Marie', family: 'Hansen', full: 'Trine Marie Hansen' }],
    ['Hansen, Trine Marie', { given: 'Trine Marie', family: 'Hansen', full: 'Trine Marie Hansen' }],
    ['  Hansen ,  Trine\u00A0Marie ', { given: 'Trine Marie', family: 'Hansen', full: 'Trine Marie Hansen' }],
    ['Østergård-Jensen, Åse', { given: 'Åse', family: 'Østergård-Jensen', full: 'Åse Østergård-Jensen' }],
    ['Mie', { given: '', family: 'Mie', full: 'Mie' }],
    ['Han\u200Bsen, \u202ETrine', { given: 'Trine', family: 'Hansen', full: 'Trine Hansen' }],
  ])('reads %j', (input, expected) => {
    expect(parseName(input)).toEqual({ ok: true, value: expected });
  });

  it.each([[''], ['   '], ['1234'], ['010203-1234'], ['Trine Hansen 010203-1234'], [', Trine'], ['Hansen, Trine, Marie'], ['---']])('rejects %j', (input) => {
    expect(parseName(input).ok).toBe(false);
  });

  it('does not repeat digits (a CPR read by mistake) in its error', () => {
    const r = parseName('010203-1234');
    expect(!r.ok && r.error).not.toMatch(/\d/);
  });

  const word = fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{1,10}$/);
  const family = fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a}-${b}`));
  const given = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));

  it('property: round-trips "Family, Given"', () => {
    fc.assert(
      fc.property(given, family, (g, f) => {
        expect(parseName(`${f}, ${g}`)).toEqual({ ok: true, value: { given: g, family: f, full: `${g} ${f}` } });
      }),
    );
  });

  it('property: round-trips "Given Family"', () => {
    fc.assert(
      fc.property(given, family, (g, f) => {
        expect(parseName(`${g} ${f}`)).toEqual({ ok: true, value: { given: g, family: f, full: `${g} ${f}` } });
      }),
    );
  });

  it('property: both forms of the same name agree', () => {
    fc.assert(
      fc.property(given, family, (g, f) => {
        const a = parseName(`${f}, ${g}`);
        const b = parseName(`${g} ${f}`);
        return a.ok && b.ok && a.value.full === b.value.full;
      }),
    );
  });
});
