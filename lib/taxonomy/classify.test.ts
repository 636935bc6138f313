import { describe, expect, it } from 'vitest';
import { classifyRecord } from './classify';

const basis = (law: string, section: string) => ({ law, section, text: `${law} § ${section}` });

describe('classifyRecord', () => {
  it('gives an effort the category its legal basis names, else the one its title names', () => {
    expect(classifyRecord({ kind: 'effort', title: 'Virksomhedspraktik', legalBasis: basis('LAB', '31 b') })).toMatchObject({ category: 'mentor' });
    expect(classifyRecord({ kind: 'effort', title: 'Mentorstøtte #12', legalBasis: basis('Ukendt lov', '7') })).toMatchObject({ category: 'mentor' });
    expect(classifyRecord({ kind: 'effort', title: 'Ressourceforløb' })).toMatchObject({ category: 'resource-course' });
    expect(classifyRecord({ kind: 'effort', title: 'Noget helt andet' })).toMatchObject({ category: 'other' });
  });

  it("gives a request its label's information type and a document its title's, 'other' when unknown", () => {
    expect(classifyRecord({ kind: 'request', label: 'LÆ 265 Attest til rehabiliteringsteam' })).toMatchObject({ infoType: 'rehabilitation-team-statement' });
    expect(classifyRecord({ kind: 'document', title: 'LÆ 125 Statusattest' })).toMatchObject({ infoType: 'status-statement' });
    expect(classifyRecord({ kind: 'document', title: 'Referat' })).toMatchObject({ infoType: 'other' });
  });

  it('keeps what the adapter set, and leaves other kinds and malformed input as they are', () => {
    expect(classifyRecord({ kind: 'effort', title: 'Mentorstøtte', category: 'treatment' })).toMatchObject({ category: 'treatment' });
    expect(classifyRecord({ kind: 'request', label: 'LÆ 125', infoType: 'hospital-records' })).toMatchObject({ infoType: 'hospital-records' });
    expect(classifyRecord({ kind: 'case', title: 'Mentorstøtte' })).toEqual({ kind: 'case', title: 'Mentorstøtte' });
    expect(classifyRecord(null)).toBeNull();
    expect(classifyRecord('effort')).toBe('effort');
    // A legal basis of the wrong shape is not looked up; the title still decides.
    expect(classifyRecord({ kind: 'effort', title: 'Mentorstøtte', legalBasis: { law: 3 } })).toMatchObject({ category: 'mentor' });
  });
});
