import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAWS, normaliseLawName, normaliseSection, parseLegalBasis, type LawCode } from './legal-basis';

describe('parseLegalBasis', () => {
  it.each([
    ['LAB § 31 b', 'LAB', '31 b'],
    ['SEL § 85', 'SEL', '85'],
    ['Serviceloven § 85', 'SEL', '85'],
    ['Servicelovens § 85', 'SEL', '85'],
    ['Lov om social service § 85', 'SEL', '85'],
    ['Barnets lov § 32', 'BL', '32'],
    ['Sundhedsloven § 140', 'SUL', '140'],
    ['Aktivloven § 11', 'LAS', '11'],
    ['LAB §§ 68 b-68 c', 'LAB', '68 b-68 c'],
    ['LAB §§ 68 b – 68 c', 'LAB', '68 b-68 c'],
    ['Lov om aktiv beskæftigelsesindsats § 30 b', 'LAB', '30 b'],
    ['Lov om en aktiv beskæftigelsesindsats § 30 b', 'LAB', '30 b'],
    ['LAB §31b', 'LAB', '31 b'],
    ['LAB § 31 B', 'LAB', '31 b'],
    ['SEL § 85, stk. 1', 'SEL', '85'],
    ['§ 85 i serviceloven', 'SEL', '85'],
    ['§ 85, stk. 1 i serviceloven', 'SEL', '85'],
    ['§ 85 SEL', 'SEL', '85'],
    ['jf. SEL § 85', 'SEL', '85'],
    ['Støtte efter SEL § 85', 'SEL', '85'],
    ['Retssikkerhedsloven § 11 a', 'RSL', '11 a'],
    ['Sygedagpengeloven § 7', 'SDL', '7'],
    ['Serviceloven paragraf 101', 'SEL', '101'],
    ['SEL\u00A0§\u00A085', 'SEL', '85'],
  ])('reads %j as %s § %s', (input, law, section) => {
    const r = parseLegalBasis(input);
    expect(r.ok && r.value.law).toBe(law);
    expect(r.ok && r.value.section).toBe(section);
  });

  it('keeps the cleaned original as text', () => {
    expect(parseLegalBasis('  Serviceloven\u00A0§ 85, stk. 1 ')).toEqual({ ok: true, value: { law: 'SEL', section: '85', text: 'Serviceloven § 85, stk. 1' } });
  });

  it('keeps a law it does not know as written rather than refusing it', () => {
    expect(parseLegalBasis('Integrationsloven § 16')).toEqual({ ok: true, value: { law: 'Integrationsloven', section: '16', text: 'Integrationsloven § 16' } });
  });

  it.each([[''], ['SEL 85'], ['§ 85'], ['SEL §'], ['SEL § b'], ['bostøtte']])('rejects %j', (input) => {
    expect(parseLegalBasis(input).ok).toBe(false);
  });

  it('property: every alias of every law with any section parses to the canonical law', () => {
    const entries = (Object.keys(LAWS) as LawCode[]).flatMap((code) => LAWS[code].aliases.map((alias) => [code, alias] as const));
    const section = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }));
    fc.assert(
      fc.property(fc.constantFrom(...entries), section, fc.boolean(), ([code, alias], [n, letter], upper) => {
        const sec = letter ? `${n} ${letter}` : `${n}`;
        const r = parseLegalBasis(`${upper ? alias.toUpperCase() : alias} § ${sec}`);
        return r.ok && r.value.law === code && r.value.section === sec;
      }),
    );
  });
});

describe('normaliseLawName / normaliseSection', () => {
  it('maps names and abbreviations, and leaves unknown laws unknown', () => {
    expect(normaliseLawName('Serviceloven')).toBe('SEL');
    expect(normaliseLawName('sel')).toBe('SEL');
    expect(normaliseLawName('Barnets Lov')).toBe('BL');
    expect(normaliseLawName('Lov om aktiv socialpolitik')).toBe('LAS');
    expect(normaliseLawName('Grundloven')).toBeUndefined();
    expect(normaliseLawName('')).toBeUndefined();
    for (const code of Object.keys(LAWS)) expect(normaliseLawName(code)).toBe(code);
  });
  it('writes sections the Danish way', () => {
    expect(normaliseSection('31b')).toBe('31 b');
    expect(normaliseSection('68 B - 68 C')).toBe('68 b-68 c');
  });
});
