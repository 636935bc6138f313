import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['1.544,00 kr.', 1544],
    ['1544 kr', 1544],
    ['kr. 397,-', 397],
    ['796', 796],
    ['0 kr.', 0],
    ['DKK 1.544', 1544],
    ['1.544', 1544],
    ['152,50 kr.', 152.5],
    ['1 544,00 kr.', 1544],
    ['1\u00A0544,00\u00A0kr.', 1544],
    ['12.345.678,99 DKK', 12345678.99],
    ['Kr. 397,–', 397],
    ['1544.00', 1544],
    ['-200 kr.', -200],
    ['0,5', 0.5],
  ])('reads %j as %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([[''], ['kr.'], ['gratis'], ['1,544.00'], ['1.54.4'], ['12,345'], ['1.5444'], ['397 kr. / 796 kr.'], ['-']])('rejects %j', (input) => {
    expect(parseMoney(input).ok).toBe(false);
  });

  it('property: Danish-formatted amounts parse back', () => {
    const danish = (øre: number, grouping: string, suffix: string): string => {
      const kr = Math.floor(øre / 100);
      const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
      return `${grouped},${String(øre % 100).padStart(2, '0')}${suffix}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom('.', ' '), fc.constantFrom('', ' kr.', ' kr', ' DKK'), (øre, g, s) => {
        const r = parseMoney(danish(øre, g, s));
        return r.ok && Math.round(r.value * 100) === øre;
      }),
    );
  });
});
