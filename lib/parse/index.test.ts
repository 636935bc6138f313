import { describe, expect, it } from 'vitest';
import { FIELD_PARSER_NAMES, FIELD_PARSERS, type FieldValue } from './index';

describe('FIELD_PARSERS', () => {
  it('offers every parser a declarative adapter may name', () => {
    expect([...FIELD_PARSER_NAMES].sort()).toEqual(
      ['cpr', 'date', 'dateRange', 'datetime', 'integer', 'legalBasis', 'money', 'name', 'phone', 'status', 'text'].sort(),
    );
  });

  it.each([
    ['text', ' Jobcenter\u00A0Vest ', 'Jobcenter Vest'],
    ['cpr', '010203-1234', { digits: '0102031234', birthDate: '1903-02-01', masked: false }],
    ['date', '12. marts 2026', '2026-03-12'],
    ['datetime', '12-03-2026 kl. 10.30', '2026-03-12T10:30'],
    ['dateRange', '01-02-2026 - (løbende)', { start: '2026-02-01' }],
    ['name', 'Hansen, Trine', { given: 'Trine', family: 'Hansen', full: 'Trine Hansen' }],
    ['money', '1.544,00 kr.', 1544],
    ['status', 'Afventer svar', 'pending'],
    ['legalBasis', 'SEL § 85', { law: 'SEL', section: '85', text: 'SEL § 85' }],
    ['phone', '12 34 56 78', '+45 12 34 56 78'],
    ['integer', '1.234', 1234],
  ] as const)('%s parses a real example', (name, input, expected) => {
    expect(FIELD_PARSERS[name](input)).toEqual({ ok: true, value: expected });
  });

  it('never throws, whatever the page hands it', () => {
    const hostile = [null, undefined, 42, {}, [], '\u202E\u200B', 'x'.repeat(100_000), '§§§§', '-'.repeat(500)] as unknown as string[];
    for (const name of FIELD_PARSER_NAMES) {
      for (const input of hostile) {
        const r = FIELD_PARSERS[name](input);
        expect(typeof r.ok).toBe('boolean');
      }
    }
  });

  it('refuses absurdly long input, quickly, instead of backtracking through it', () => {
    const t0 = performance.now();
    for (const name of FIELD_PARSER_NAMES.filter((n) => n !== 'text')) {
      for (const input of ['1-'.repeat(20_000), '§ 1'.repeat(10_000), '12-03-2026 '.repeat(3000)]) {
        expect(FIELD_PARSERS[name](input).ok).toBe(false);
      }
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('keeps each parser\u2019s value type', () => {
    const r = FIELD_PARSERS.money('796');
    const n: FieldValue<'money'> = r.ok ? r.value : 0;
    expect(n + 1).toBe(797);
  });
});
