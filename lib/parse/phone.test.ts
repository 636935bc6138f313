import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone } from './phone';

describe('parsePhone', () => {
  it.each([
    ['12345678'],
    ['12 34 56 78'],
    ['1234 5678'],
    ['12-34-56-78'],
    ['12.34.56.78'],
    ['+45 12 34 56 78'],
    ['+4512345678'],
    ['(+45) 12345678'],
    ['0045 12 34 56 78'],
    ['Tlf.: 12 34 56 78'],
    ['tlf. 12345678'],
    ['Telefon: 12 34 56 78'],
    ['Mobil 12 34 56 78'],
    ['12\u00A034\u00A056\u00A078'],
  ])('reads %j', (input) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: '+45 12 34 56 78' });
  });

  it('keeps foreign numbers as + and digits', () => {
    expect(parsePhone('+46 8 123 456 78')).toEqual({ ok: true, value: '+46812345678' });
  });

  it.each([[''], ['1234567'], ['123456789'], ['01234567'], ['+45 01234567'], ['22 34 56 78 / 87 65 43 21'], ['ring til Trine'], ['+45 1234']])('rejects %j', (input) => {
    expect(parsePhone(input).ok).toBe(false);
  });

  it('property: any Danish number in any spacing normalises to the same form, and that form is stable', () => {
    const number = fc.stringMatching(/^[1-9]\d{7}$/);
    const layout = fc.constantFrom(
      (d: string) => d,
      (d: string) => d.replace(/(\d{2})(?=\d)/g, '$1 '),
      (d: string) => `${d.slice(0, 4)} ${d.slice(4)}`,
      (d: string) => `+45 ${d}`,
      (d: string) => `0045${d}`,
      (d: string) => `Tlf.: ${d.replace(/(\d{2})(?=\d)/g, '$1-')}`,
    );
    fc.assert(
      fc.property(number, layout, (d, lay) => {
        const r = parsePhone(lay(d));
        const expected = `+45 ${d.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
        return r.ok && r.value === expected && parsePhone(r.value).ok && (parsePhone(r.value) as { value: string }).value === expected;
      }),
    );
  });
});
