import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthKey, cprBirthDate, normaliseCpr } from './cpr';

describe('normaliseCpr', () => {
  it('accepts the printed forms and gives 10 digits', () => {
    for (const s of ['010203-1234', '0102031234', '010203 1234', ' 010203–1234 ']) expect(normaliseCpr(s)).toBe('0102031234');
  });

  it('does not reject on modulus 11', () => {
    expect(normaliseCpr('0101901235')).toBe('0101901235');
  });

  it('gives undefined for masked, short, long or empty input', () => {
    for (const s of ['010203-xxxx', '010203-****', '01020312', '01020312345', '', undefined, null, 'abcdefghij']) expect(normaliseCpr(s)).toBeUndefined();
  });

  it('is idempotent on any 10 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), (d) => {
        expect(normaliseCpr(normaliseCpr(`${d.slice(0, 6)}-${d.slice(6)}`))).toBe(d);
      }));
  });
});

describe('cprBirthDate and birthKey', () => {
  it('takes the century from the 7th digit', () => {
    expect(cprBirthDate('0304054012')).toBe('2005-04-03');
    expect(cprBirthDate('1203852345')).toBe('1985-03-12');
    expect(cprBirthDate('3102851234')).toBeUndefined();
  });

  it('reduces a date to the DDMMYY a masked CPR shows', () => {
    expect(birthKey('2005-04-03')).toBe('030405');
  });
});
