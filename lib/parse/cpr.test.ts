import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, pad2 } from './arbitraries.test-util';
import { cprBirthYear, formatCpr, maskedBirthYear, parseCpr, passesMod11 } from './cpr';

const NOW = new Date('2026-05-01T12:00:00');

describe('parseCpr: formats', () => {
  it.each([
    ['010203-1234'],
    ['0102031234'],
    ['010203 1234'],
    ['010203–1234'],
    ['CPR: 010203-1234'],
    ['CPR-nr.: 010203-1234'],
    ['CPR-nr. 0102031234'],
    ['Cpr.nr. 010203-1234'],
    ['cpr nr 010203-1234'],
    ['CPR nummer: 010203 1234'],
    ['  010203-1234\u00A0'],
    ['0102\u200B03-1234'],
  ])('reads %j', (input) => {
    expect(parseCpr(input, NOW)).toEqual({ ok: true, value: { digits: '0102031234', birthDate: '1903-02-01', masked: false } });
  });

  it.each([['010203-xxxx'], ['010203-XXXX'], ['010203-****'], ['CPR: 010203-xxxx'], ['010203xxxx']])('reads masked %j without digits', (input) => {
    const r = parseCpr(input, NOW);
    expect(r).toEqual({ ok: true, value: { birthDate: '2003-02-01', masked: true } });
    expect(r.ok && 'digits' in r.value).toBe(false);
  });

  it.each([[''], ['01020-1234'], ['010203-123'], ['010203-12345'], ['abcdef-1234'], ['010203-12xx'], ['Trine Hansen']])('rejects %j', (input) => {
    expect(parseCpr(input, NOW).ok).toBe(false);
  });
});

describe('parseCpr: birth date and century', () => {
  it.each([
    ['0102031234', '1903-02-01'], // 7th digit 0-3: always 1900s
    ['3112993999', '1999-12-31'],
    ['0101364000', '2036-01-01'], // 4 and 9: 2000s up to 36
    ['0101374000', '1937-01-01'],
    ['0101009000', '2000-01-01'],
    ['0101379000', '1937-01-01'],
    ['0101575000', '2057-01-01'], // 5-8: 2000s up to 57, else 1800s
    ['0101588000', '1858-01-01'],
    ['0101998999', '1899-01-01'],
  ])('%s was born %s', (digits, birthDate) => {
    const r = parseCpr(digits, NOW);
    expect(r.ok && r.value.birthDate).toBe(birthDate);
  });

  it('rejects an impossible birth date with a clear error that does not repeat the serial', () => {
    const r = parseCpr('310299-1234', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('310299');
      expect(r.error).toContain('not a real date');
      expect(r.error).not.toContain('1234');
    }
    expect(parseCpr('320103-1234', NOW).ok).toBe(false);
    expect(parseCpr('011303-1234', NOW).ok).toBe(false);
  });

  it('uses the century of the serial for 29 February', () => {
    expect(parseCpr('290200-4123', NOW).ok).toBe(true); // 2000 is a leap year
    expect(parseCpr('290200-1123', NOW).ok).toBe(false); // 1900 is not
  });

  it('guesses the century of a masked CPR from the current year', () => {
    expect(maskedBirthYear(30, NOW)).toBe(1930);
    expect(maskedBirthYear(26, NOW)).toBe(2026);
    expect(maskedBirthYear(10, NOW)).toBe(2010);
    expect(parseCpr('150585-xxxx', NOW)).toEqual({ ok: true, value: { birthDate: '1985-05-15', masked: true } });
    expect(parseCpr('150515-xxxx', NOW)).toEqual({ ok: true, value: { birthDate: '2015-05-15', masked: true } });
  });

  it('never rejects on modulus 11', () => {
    expect(passesMod11('0707614285')).toBe(true);
    expect(passesMod11('0102031234')).toBe(false);
    expect(parseCpr('070761-4285', NOW).ok).toBe(true);
    expect(parseCpr('010203-1234', NOW).ok).toBe(true);
  });

  it('parses any 10 digits with a valid date part, whatever modulus 11 says', () => {
    const cpr = calendarDate(1858, 2057).chain(({ y, m, d, iso }) => {
      const allowed = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((s) => cprBirthYear(y % 100, s) === y);
      return fc.record({
        iso: fc.constant(iso),
        digits: fc.tuple(fc.constantFrom(...allowed), fc.integer({ min: 0, max: 999 })).map(([s, rest]) => `${pad2(d)}${pad2(m)}${pad2(y % 100)}${s}${String(rest).padStart(3, '0')}`),
      });
    });
    let failingMod11 = 0;
    fc.assert(
      fc.property(cpr, ({ iso, digits }) => {
        if (!passesMod11(digits)) failingMod11++;
        expect(parseCpr(digits, NOW)).toEqual({ ok: true, value: { digits, birthDate: iso, masked: false } });
      }),
    );
    expect(failingMod11).toBeGreaterThan(0);
  });

  it('accepts 7th digits that give a year only when the table allows it', () => {
    expect(cprBirthYear(36, 4)).toBe(2036);
    expect(cprBirthYear(37, 9)).toBe(1937);
    expect(cprBirthYear(57, 8)).toBe(2057);
    expect(cprBirthYear(58, 5)).toBe(1858);
    expect(cprBirthYear(0, 3)).toBe(1900);
  });
});

describe('passesMod11', () => {
  it('is false for anything but 10 digits', () => {
    expect(passesMod11('070761-4285')).toBe(false);
    expect(passesMod11('')).toBe(false);
  });
});

describe('formatCpr', () => {
  it('formats and masks', () => {
    expect(formatCpr('0102031234')).toBe('010203-1234');
    expect(formatCpr('0102031234', { mask: true })).toBe('010203-xxxx');
    expect(formatCpr('010203-1234', { mask: true })).toBe('010203-xxxx');
    expect(formatCpr('010203', { mask: true })).toBe('010203-xxxx');
  });

  it('masks everything it cannot recognise when asked to mask', () => {
    expect(formatCpr('garbage', { mask: true })).toBe('xxxxxx-xxxx');
  });

  it('round-trips with parseCpr, masked and unmasked', () => {
    const digits = fc.stringMatching(/^\d{10}$/).filter((d) => parseCpr(d, NOW).ok);
    fc.assert(
      fc.property(digits, (d) => {
        const full = parseCpr(formatCpr(d), NOW);
        expect(full.ok && full.value.digits).toBe(d);
        const masked = parseCpr(formatCpr(d, { mask: true }), NOW);
        expect(masked.ok && masked.value.masked).toBe(true);
        expect(masked.ok && masked.value.birthDate.slice(2)).toBe(`${d.slice(4, 6)}-${d.slice(2, 4)}-${d.slice(0, 2)}`);
      }),
    );
  });
});
