import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, pad2 } from './arbitraries.test-util';
import { daysInMonth } from './calendar';
import { parseDanishDate, parseDanishDateTime, parseDateRange } from './date';

const MONTH_NAMES = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T | string => (r.ok ? r.value : `ERROR: ${r.error}`);

describe('parseDanishDate', () => {
  it.each([
    ['12-03-2026'],
    ['12.03.2026'],
    ['12/03/2026'],
    ['12/3-26'],
    ['12-3-26'],
    ['12.3.26'],
    ['12. marts 2026'],
    ['12 mar. 2026'],
    ['12. mar 2026'],
    ['12 MARTS 2026'],
    ['12. Mar. 26'],
    ['2026-03-12'],
    ['torsdag d. 12. marts 2026'],
    ['tors. 12.03.2026'],
    ['den 12. marts 2026'],
    [' 12-03-2026\u00A0'],
  ])('reads %j as 2026-03-12', (input) => {
    expect(value(parseDanishDate(input))).toBe('2026-03-12');
  });

  it.each(MONTH_NAMES.map((name, i) => [name, i + 1] as const))('knows the month name %s', (name, month) => {
    expect(value(parseDanishDate(`1. ${name} 2026`))).toBe(`2026-${pad2(month)}-01`);
  });

  it.each(MONTH_ABBR.map((abbr, i) => [abbr, i + 1] as const))('knows the abbreviation %s', (abbr, month) => {
    expect(value(parseDanishDate(`1. ${abbr}. 2026`))).toBe(`2026-${pad2(month)}-01`);
    expect(value(parseDanishDate(`1 ${abbr.toUpperCase()} 2026`))).toBe(`2026-${pad2(month)}-01`);
  });

  it('knows "sept" as well as "sep"', () => {
    expect(value(parseDanishDate('3. sept. 2026'))).toBe('2026-09-03');
  });

  it('takes two-digit years as 2000 + yy', () => {
    expect(value(parseDanishDate('1/2-99'))).toBe('2099-02-01');
    expect(value(parseDanishDate('01-02-00'))).toBe('2000-02-01');
  });

  it.each([['31-02-2026'], ['29-02-2025'], ['32-01-2026'], ['00-01-2026'], ['12-13-2026'], ['2026-02-30'], ['31. april 2026'], ['12-03-0226']])(
    'rejects the impossible date %j',
    (input) => {
      const r = parseDanishDate(input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toContain('not a real date');
    },
  );

  it('accepts 29 February in leap years only', () => {
    expect(value(parseDanishDate('29-02-2024'))).toBe('2024-02-29');
    expect(value(parseDanishDate('29-02-2000'))).toBe('2000-02-29');
    expect(parseDanishDate('29-02-2100').ok).toBe(false);
  });

  it.each([[''], ['i morgen'], ['12-03'], ['12. marts'], ['12. martz 2026'], ['2026/03/12'], ['12-03-2026 10:30'], ['12032026']])('rejects %j', (input) => {
    expect(parseDanishDate(input).ok).toBe(false);
  });

  it('says which word is not a month', () => {
    const r = parseDanishDate('12. martz 2026');
    expect(!r.ok && r.error).toContain('martz');
  });

  describe('property: any real date in each Danish format parses back to itself', () => {
    const formats: [string, (d: { y: number; m: number; d: number }) => string][] = [
      ['dd-mm-yyyy', ({ y, m, d }) => `${pad2(d)}-${pad2(m)}-${y}`],
      ['dd.mm.yyyy', ({ y, m, d }) => `${pad2(d)}.${pad2(m)}.${y}`],
      ['dd/mm/yyyy', ({ y, m, d }) => `${pad2(d)}/${pad2(m)}/${y}`],
      ['d/m-yyyy', ({ y, m, d }) => `${d}/${m}-${y}`],
      ['yyyy-mm-dd', ({ y, m, d }) => `${y}-${pad2(m)}-${pad2(d)}`],
      ['d. month yyyy', ({ y, m, d }) => `${d}. ${MONTH_NAMES[m - 1]} ${y}`],
      ['d mon. yyyy', ({ y, m, d }) => `${d} ${MONTH_ABBR[m - 1]}. ${y}`],
      ['D. MONTH YYYY', ({ y, m, d }) => `${d}. ${MONTH_NAMES[m - 1]!.toUpperCase()} ${y}`],
    ];
    it.each(formats)('%s', (_, format) => {
      fc.assert(fc.property(calendarDate(), (date) => value(parseDanishDate(format(date))) === date.iso));
    });

    it('d/m-yy and dd.mm.yy for 2000-2099', () => {
      fc.assert(
        fc.property(calendarDate(2000, 2099), (date) => {
          const yy = pad2(date.y % 100);
          return value(parseDanishDate(`${date.d}/${date.m}-${yy}`)) === date.iso && value(parseDanishDate(`${pad2(date.d)}.${pad2(date.m)}.${yy}`)) === date.iso;
        }),
      );
    });
  });

  it('property: a day past the end of its month is always rejected', () => {
    const beyond = fc
      .tuple(fc.integer({ min: 1800, max: 2199 }), fc.integer({ min: 1, max: 12 }))
      .chain(([y, m]) => fc.integer({ min: daysInMonth(y, m) + 1, max: 99 }).map((d) => `${pad2(d)}-${pad2(m)}-${y}`));
    fc.assert(fc.property(beyond, (s) => !parseDanishDate(s).ok));
  });
});

describe('parseDanishDateTime', () => {
  it.each([
    ['12-03-2026 10:30', '2026-03-12T10:30'],
    ['12. marts 2026 kl. 10.30', '2026-03-12T10:30'],
    ['12.03.2026 kl. 9:00', '2026-03-12T09:00'],
    ['12.03.2026 kl 9.00', '2026-03-12T09:00'],
    ['12.03.2026, kl. 14', '2026-03-12T14:00'],
    ['12/3-26 10.30', '2026-03-12T10:30'],
    ['12-03-2026, 10:30', '2026-03-12T10:30'],
    ['2026-03-12T10:30', '2026-03-12T10:30'],
    ['2026-03-12 10:30:00', '2026-03-12T10:30'],
    ['torsdag d. 12. marts 2026 kl. 10.30-11.30', '2026-03-12T10:30'],
    ['12-03-2026 10:30 - 11:30', '2026-03-12T10:30'],
    ['12-03-2026 klokken 08.15', '2026-03-12T08:15'],
    ['12-03-2026 00:00', '2026-03-12T00:00'],
    ['12-03-2026 23:59', '2026-03-12T23:59'],
  ])('reads %j', (input, expected) => {
    expect(value(parseDanishDateTime(input))).toBe(expected);
  });

  it.each([['12-03-2026'], ['12-03-2026 24:00'], ['12-03-2026 10:60'], ['31-02-2026 10:30'], ['12-03-2026 10'], ['kl. 10.30'], [''], ['12-03-2026 10:30-25:00']])(
    'rejects %j',
    (input) => {
      expect(parseDanishDateTime(input).ok).toBe(false);
    },
  );

  it('property: any date and time in Danish formats parses back', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    const formats: ((d: { y: number; m: number; d: number }, h: number, min: number) => string)[] = [
      ({ y, m, d }, h, min) => `${pad2(d)}-${pad2(m)}-${y} ${pad2(h)}:${pad2(min)}`,
      ({ y, m, d }, h, min) => `${d}. ${MONTH_NAMES[m - 1]} ${y} kl. ${h}.${pad2(min)}`,
      ({ y, m, d }, h, min) => `${pad2(d)}.${pad2(m)}.${y} kl. ${h}:${pad2(min)}`,
      ({ y, m, d }, h, min) => `${y}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(min)}`,
    ];
    fc.assert(
      fc.property(calendarDate(), time, fc.constantFrom(...formats), (date, [h, min], format) => {
        return value(parseDanishDateTime(format(date, h, min))) === `${date.iso}T${pad2(h)}:${pad2(min)}`;
      }),
    );
  });
});

describe('parseDateRange', () => {
  it.each([
    ['01-02-2026 - 31-07-2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['01-02-2026-31-07-2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['01.02.2026 – 31.07.2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['1/2-26 - 31/7-26', { start: '2026-02-01', end: '2026-07-31' }],
    ['2026-02-01 - 2026-07-31', { start: '2026-02-01', end: '2026-07-31' }],
    ['1. feb. 2026 – 31. jul. 2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['fra 01-02-2026 til 31-07-2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['01-02-2026 til 31-07-2026', { start: '2026-02-01', end: '2026-07-31' }],
    ['01.02.2026–', { start: '2026-02-01' }],
    ['01.02.2026 -', { start: '2026-02-01' }],
    ['1/2-26 - ', { start: '2026-02-01' }],
    ['01-02-2026 - (løbende)', { start: '2026-02-01' }],
    ['01-02-2026 (løbende)', { start: '2026-02-01' }],
    ['01-02-2026 - løbende', { start: '2026-02-01' }],
    ['01-02-2026 - ingen slutdato', { start: '2026-02-01' }],
    ['fra 01-02-2026', { start: '2026-02-01' }],
    ['01-02-2026', { start: '2026-02-01' }],
    ['- 31.07.2026', { end: '2026-07-31' }],
    ['– 31.07.2026', { end: '2026-07-31' }],
    ['til 31.07.2026', { end: '2026-07-31' }],
    ['indtil 31.07.2026', { end: '2026-07-31' }],
    ['-', {}],
    ['–', {}],
    ['', {}],
    ['(løbende)', {}],
    ['01-02-2026 - 01-02-2026', { start: '2026-02-01', end: '2026-02-01' }],
  ])('reads %j', (input, expected) => {
    expect(parseDateRange(input)).toEqual({ ok: true, value: expected });
  });

  it.each([['31-07-2026 - 01-02-2026'], ['01-02-2026 - i morgen'], ['snart'], ['31-02-2026 -'], ['- -']])('rejects %j', (input) => {
    expect(parseDateRange(input).ok).toBe(false);
  });

  it('says when a period ends before it starts', () => {
    const r = parseDateRange('31-07-2026 - 01-02-2026');
    expect(!r.ok && r.error).toContain('ends before it starts');
  });

  it('property: any ordered pair of dates in Danish formats parses back', () => {
    const format = fc.constantFrom(
      (d: { y: number; m: number; d: number }) => `${pad2(d.d)}-${pad2(d.m)}-${d.y}`,
      (d: { y: number; m: number; d: number }) => `${d.d}/${d.m}-${d.y % 100 < 10 ? `0${d.y % 100}` : d.y % 100}`,
      (d: { y: number; m: number; d: number }) => `${pad2(d.d)}.${pad2(d.m)}.${d.y}`,
      (d: { y: number; m: number; d: number }) => `${d.d}. ${MONTH_NAMES[d.m - 1]} ${d.y}`,
    );
    const sep = fc.constantFrom(' - ', ' – ', '–', '-', ' til ');
    fc.assert(
      fc.property(calendarDate(2000, 2099), calendarDate(2000, 2099), format, format, sep, (a, b, fa, fb, s) => {
        const [start, end] = a.iso <= b.iso ? [a, b] : [b, a];
        const r = parseDateRange(`${fa(start)}${s}${fb(end)}`);
        return r.ok && r.value.start === start.iso && r.value.end === end.iso;
      }),
    );
  });

  it('property: an open end in any form leaves only the start', () => {
    const open = fc.constantFrom('', ' -', ' –', '–', ' - (løbende)', ' (løbende)', ' - ingen slutdato', ' -  ');
    fc.assert(
      fc.property(calendarDate(2000, 2099), open, (d, o) => {
        const r = parseDateRange(`${pad2(d.d)}.${pad2(d.m)}.${d.y}${o}`);
        return r.ok && r.value.start === d.iso && r.value.end === undefined;
      }),
    );
  });
});
