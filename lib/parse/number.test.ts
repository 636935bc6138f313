import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInteger } from './number';

describe('parseInteger', () => {
  it.each([
    ['12', 12],
    [' 0 ', 0],
    ['1.234', 1234],
    ['1 234 567', 1234567],
    ['-3', -3],
    ['−3', -3],
  ])('reads %j', (input, expected) => {
    expect(parseInteger(input)).toEqual({ ok: true, value: expected });
  });

  it.each([[''], ['3,5'], ['12a'], ['tre'], ['1.23'], ['99999999999999999999']])('rejects %j', (input) => {
    expect(parseInteger(input).ok).toBe(false);
  });

  it('property: round-trips any safe integer written plain or with Danish grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (n, grouped) => {
        const abs = String(Math.abs(n));
        const s = `${n < 0 ? '-' : ''}${grouped ? abs.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : abs}`;
        const r = parseInteger(s);
        return r.ok && r.value === n;
      }),
    );
  });
});
