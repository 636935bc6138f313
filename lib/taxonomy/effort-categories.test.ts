import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../model/record';
import { parseLegalBasis } from '../parse/legal-basis';
import { EFFORT_CATEGORIES, EFFORT_CATEGORY_IDS, EFFORT_GROUPS, effortGroup, getEffortCategory, matchEffortCategory } from './effort-categories';

const basis = (text: string): LegalBasis => {
  const r = parseLegalBasis(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('EFFORT_CATEGORIES', () => {
  it('has one entry per id with Danish and English names', () => {
    expect(EFFORT_CATEGORIES.map((c) => c.id)).toEqual([...EFFORT_CATEGORY_IDS]);
    for (const c of EFFORT_CATEGORIES) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.nameEn.length).toBeGreaterThan(0);
      for (const a of [...c.aliases, ...(c.weakAliases ?? [])]) expect(a).toBe(a.toLowerCase());
    }
    expect(getEffortCategory('mentor')?.nameEn).toBe('Mentor support');
    expect(getEffortCategory('nope')).toBeUndefined();
  });
});

describe('matchEffortCategory: by legal basis', () => {
  it.each([
    ['LAB § 31 b', 'mentor'],
    ['SEL § 85', 'home-support'],
    ['Serviceloven § 85, stk. 1', 'home-support'],
    ['Barnets lov § 32', 'family-treatment'],
    ['SEL § 52', 'family-treatment'],
    ['Sundhedsloven § 140', 'rehabilitation'],
    ['SEL § 86', 'rehabilitation'],
    ['LAB § 68 b', 'resource-course'],
    ['LAB §§ 68 b-68 c', 'resource-course'],
    ['SEL § 101', 'substance-abuse'],
    ['Sundhedsloven § 141', 'substance-abuse'],
    ['Vejledningsloven § 2', 'education-job'],
  ] as const)('%s → %s, whatever the title says', (text, category) => {
    expect(matchEffortCategory('Indsats', basis(text))).toBe(category);
  });

  it('lets the legal basis decide over the words', () => {
    expect(matchEffortCategory('Støtte og coaching', basis('SEL § 85'))).toBe('home-support');
  });

  it('accepts a legal basis whose law is not yet normalised', () => {
    expect(matchEffortCategory('Indsats', { law: 'Serviceloven', section: '85', text: 'Serviceloven § 85' })).toBe('home-support');
  });

  it('falls back to words when the legal basis does not decide', () => {
    expect(matchEffortCategory('Mentorstøtte', basis('LAB § 999'))).toBe('mentor');
    expect(matchEffortCategory('Bostøtte', basis('Integrationsloven § 16'))).toBe('home-support');
    expect(matchEffortCategory('Indsats', basis('SEL § 83'))).toBe('other');
  });
});

describe('matchEffortCategory: by words', () => {
  it.each([
    ['Mentor', 'mentor'],
    ['Mentorstøtte 3 timer/uge', 'mentor'],
    ['Jobmentor', 'mentor'],
    ['Coaching', 'mentor'],
    ['Socialpædagogisk støtte', 'home-support'],
    ['Bostøtte', 'home-support'],
    ['Hjemmevejleder', 'home-support'],
    ['Støtte i eget hjem', 'home-support'],
    ['Familiebehandling', 'family-treatment'],
    ['Forældrekursus', 'family-treatment'],
    ['Familierådgivning', 'family-treatment'],
    ['Genoptræning', 'rehabilitation'],
    ['Rehabilitering', 'rehabilitation'],
    ['Smertehåndtering', 'rehabilitation'],
    ['Kursus i smertehåndtering', 'rehabilitation'],
    ['Ressourceforløb', 'resource-course'],
    ['Virksomhedspraktik', 'education-job'],
    ['Løntilskud', 'education-job'],
    ['Job med løntilskud', 'education-job'],
    ['Uddannelse', 'education-job'],
    ['Ungdomsvejledning', 'education-job'],
    ['UU-vejledning', 'education-job'],
    ['Kontakt til UU', 'education-job'],
    ['FGU', 'education-job'],
    ['Behandling', 'treatment'],
    ['Psykiatrisk behandling', 'treatment'],
    ['Distriktspsykiatri', 'treatment'],
    ['Henvisning til smerteklinik', 'treatment'],
    ['Misbrugsbehandling', 'substance-abuse'],
    ['Rusmiddelbehandling', 'substance-abuse'],
    ['Opfølgning på misbrug', 'substance-abuse'],
    ['Behandling for misbrug', 'substance-abuse'],
    ['Alkoholbehandling', 'substance-abuse'],
    ['Skolestøtte', 'school-support'],
    ['Fravær', 'school-support'],
    ['Fraværsopfølgning', 'school-support'],
    ['Skolepsykolog', 'school-support'],
    ['Samtaler med skolepsykolog', 'school-support'],
    ['PPR', 'school-support'],
  ] as const)('%j → %s', (title, category) => {
    expect(matchEffortCategory(title)).toBe(category);
  });

  it('takes the word that comes first when a title names two things', () => {
    expect(matchEffortCategory('Mentorstøtte i ressourceforløb')).toBe('mentor');
    expect(matchEffortCategory('Ressourceforløb med mentor')).toBe('resource-course');
  });

  it.each([[''], ['Indsats'], ['Samtale'], ['Praktisk hjælp'], ['Stuen'], ['Selvhjælpsgruppe'], ['Terapeutisk ridning i hjemmet']])(
    '%j is other, never a guess',
    (title) => {
      expect(matchEffortCategory(title)).toBe('other');
    },
  );

  it('recognises every alias of every category on its own', () => {
    for (const c of EFFORT_CATEGORIES) {
      for (const alias of c.aliases) expect(matchEffortCategory(alias), alias).toBe(c.id);
      for (const alias of c.weakAliases ?? []) expect(matchEffortCategory(alias), alias).toBe(c.id);
    }
  });
});

describe('effortGroup', () => {
  it('puts mentor, home support and family treatment in one everyday-support group', () => {
    expect(effortGroup('mentor')).toBe('everyday-support');
    expect(effortGroup('home-support')).toBe('everyday-support');
    expect(effortGroup('family-treatment')).toBe('everyday-support');
    expect(EFFORT_GROUPS['everyday-support'].categories).toEqual(['mentor', 'home-support', 'family-treatment']);
  });

  it('keeps substance-abuse follow-up and psychiatric treatment apart', () => {
    expect(matchEffortCategory('Misbrugsbehandling')).not.toBe(matchEffortCategory('Psykiatrisk behandling'));
    expect(effortGroup('substance-abuse')).not.toBe(effortGroup('treatment'));
  });

  it('leaves other categories in a group of their own', () => {
    for (const id of ['rehabilitation', 'resource-course', 'education-job', 'treatment', 'substance-abuse', 'school-support', 'other']) {
      expect(effortGroup(id)).toBe(id);
    }
  });

  it('finds the Én plan case: three sectors, one kind of help', () => {
    const efforts = [
      matchEffortCategory('Mentorstøtte', basis('LAB § 31 b')),
      matchEffortCategory('Socialpædagogisk støtte', basis('SEL § 85')),
      matchEffortCategory('Familiebehandling', basis('Barnets lov § 32')),
    ];
    expect(new Set(efforts).size).toBe(3);
    expect(new Set(efforts.map(effortGroup))).toEqual(new Set(['everyday-support']));
  });
});
