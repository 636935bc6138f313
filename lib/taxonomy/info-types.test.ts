import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../model/settings';
import { effectiveInfoType, getInfoType, INFO_TYPE_IDS, INFO_TYPES, matchInfoType, type InfoTypeId } from './info-types';

const idOf = (label: string): string | undefined => matchInfoType(label)?.id;

describe('INFO_TYPES', () => {
  it('has one entry per id, each with a Danish and an English name and lower-case aliases', () => {
    expect(INFO_TYPES.map((t) => t.id)).toEqual([...INFO_TYPE_IDS]);
    for (const t of INFO_TYPES) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.nameEn.length).toBeGreaterThan(0);
      expect(t.defaultValidityDays).toBeGreaterThan(0);
      expect(t.aliases.length).toBeGreaterThan(0);
      for (const a of t.aliases) expect(a).toBe(a.toLowerCase());
    }
  });

  it.each([
    ['hospital-records', undefined, 'LÆ 105', undefined],
    ['status-statement', 'LÆ 121', 'LÆ 125', 397],
    ['specific-health-statement', 'LÆ 131', 'LÆ 135', 796],
    ['general-health-statement', 'LÆ 141', 'LÆ 145', 1544],
    ['specialist-statement', 'LÆ 151', 'LÆ 155', undefined],
    ['social-medical-proposal', undefined, 'LÆ 165', 0],
    ['chronic-illness', 'LÆ 221', 'LÆ 225', 152],
    ['rehabilitation-team-statement', 'LÆ 261', 'LÆ 265', 1544],
    ['sickness-benefit-follow-up', 'LÆ 281', 'LÆ 285', undefined],
  ] as const)('%s uses forms %s/%s and the 2013 fee %s', (id, request, answer, fee) => {
    const t = getInfoType(id)!;
    expect(t.requestForm).toBe(request);
    expect(t.answerForm).toBe(answer);
    expect(t.defaultFee).toBe(fee);
  });

  it('carries the agreed answer deadlines', () => {
    expect(getInfoType('status-statement')?.answerDays).toBe(14);
    expect(getInfoType('specific-health-statement')?.answerDays).toBe(30);
    expect(getInfoType('general-health-statement')?.answerDays).toBe(30);
    expect(getInfoType('rehabilitation-team-statement')?.answerDays).toBe(30);
  });

  it('has sensible default validity windows', () => {
    expect(getInfoType('rehabilitation-team-statement')?.defaultValidityDays).toBe(180);
    expect(getInfoType('general-health-statement')?.defaultValidityDays).toBe(180);
    expect(getInfoType('status-statement')?.defaultValidityDays).toBe(90);
    expect(getInfoType('psychological-assessment')?.defaultValidityDays).toBe(365);
    expect(getInfoType('child-investigation')?.defaultValidityDays).toBe(365);
  });

  it('has no LÆ number that points at two types', () => {
    const forms = INFO_TYPES.flatMap((t) => [t.requestForm, t.answerForm]).filter(Boolean);
    expect(new Set(forms).size).toBe(forms.length);
  });
});

describe('matchInfoType', () => {
  it.each([
    ['Lægeattest LÆ 265', 'rehabilitation-team-statement'],
    ['LÆ265', 'rehabilitation-team-statement'],
    ['LÆ 261', 'rehabilitation-team-statement'],
    ['Læ-265', 'rehabilitation-team-statement'],
    ['LAE 265', 'rehabilitation-team-statement'],
    ['læ. 265', 'rehabilitation-team-statement'],
    ['LÆ 261/265', 'rehabilitation-team-statement'],
    ['Attest til rehabiliteringsteam', 'rehabilitation-team-statement'],
    ['Lægeattest til rehabiliteringsteamet', 'rehabilitation-team-statement'],
    ['Rehab-attest', 'rehabilitation-team-statement'],
    ['Statusattest fra egen læge', 'status-statement'],
    ['LÆ 121', 'status-statement'],
    ['LÆ 125 Statusattest', 'status-statement'],
    ['Generel helbredsattest (LÆ 145)', 'general-health-statement'],
    ['Generel helbredsattest', 'general-health-statement'],
    ['LÆ 141', 'general-health-statement'],
    ['Specifik helbredsattest', 'specific-health-statement'],
    ['LÆ 135', 'specific-health-statement'],
    ['LÆ 105', 'hospital-records'],
    ['Journaloplysninger fra sygehus', 'hospital-records'],
    ['Epikrise', 'hospital-records'],
    ['Speciallægeerklæring', 'specialist-statement'],
    ['LÆ 155', 'specialist-statement'],
    ['LÆ 165', 'social-medical-proposal'],
    ['Forslag til socialmedicinsk sagsbehandling', 'social-medical-proposal'],
    ['LÆ 225', 'chronic-illness'],
    ['Attest vedrørende kronisk sygdom', 'chronic-illness'],
    ['LÆ 285', 'sickness-benefit-follow-up'],
    ['Opfølgning sygedagpenge', 'sickness-benefit-follow-up'],
    ['Psykologisk undersøgelse', 'psychological-assessment'],
    ['Psykologisk udtalelse', 'psychological-assessment'],
    ['Skoleudtalelse', 'school-statement'],
    ['Udtalelse fra skole', 'school-statement'],
    ['Udtalelse fra skolen (Mie)', 'school-statement'],
    ['Børnefaglig undersøgelse', 'child-investigation'],
    ['Børnefaglig undersøgelse efter Barnets lov § 20', 'child-investigation'],
    ['§ 50-undersøgelse', 'child-investigation'],
    ['§50 undersøgelse', 'child-investigation'],
    ['Udtalelse fra psykiatrien', 'psychiatric-statement'],
    ['Udtalelse fra distriktspsykiatrien', 'psychiatric-statement'],
    ['Distriktspsykiatri', 'psychiatric-statement'],
    ['Udtalelse fra smerteklinik', 'pain-clinic-statement'],
    ['Udtalelse fra Smerteklinikken', 'pain-clinic-statement'],
    ['Lægeoplysninger', 'gp-information'],
    ['Oplysninger fra egen læge', 'gp-information'],
    ['Lægeattest', 'gp-information'],
    ['  STATUSATTEST\u00A0', 'status-statement'],
    ['Status\u200Battest', 'status-statement'],
  ])('maps %j to %s', (label, id) => {
    expect(idOf(label)).toBe(id);
  });

  it('lets an explicit LÆ number win over the words', () => {
    expect(idOf('Statusattest LÆ 265')).toBe('rehabilitation-team-statement');
    expect(idOf('Lægeattest (LÆ 145) – psykologisk undersøgelse')).toBe('general-health-statement');
  });

  it.each([
    [''],
    ['Møde i rehabiliteringsteamet'],
    ['Bostøtte'],
    ['Attest'],
    ['Udtalelse'],
    ['LÆ 999'],
    ['LÆ 999 Statusattest'],
    ['LÆ 125 og LÆ 145'],
    ['Psykologisk undersøgelse og skoleudtalelse'],
    ['Statuserklæringer'],
    ['Sygefravær'],
  ])('returns undefined for the unknown or ambiguous %j, never a guess', (label) => {
    expect(matchInfoType(label)).toBeUndefined();
  });

  it('recognises every alias of every type on its own', () => {
    for (const t of INFO_TYPES) {
      for (const alias of t.aliases) expect(idOf(alias), alias).toBe(t.id);
      for (const alias of t.aliases) expect(idOf(alias.toUpperCase()), alias).toBe(t.id);
    }
  });

  it('recognises every LÆ number, request and answer alike', () => {
    for (const t of INFO_TYPES) {
      for (const form of [t.requestForm, t.answerForm].filter((f): f is string => !!f)) {
        expect(idOf(form)).toBe(t.id);
        expect(idOf(form.replace(' ', ''))).toBe(t.id);
      }
    }
  });
});

describe('effectiveInfoType', () => {
  it('returns the defaults without settings', () => {
    const t = effectiveInfoType('general-health-statement')!;
    expect(t.fee).toBe(1544);
    expect(t.validityDays).toBe(180);
    expect(t.answerDays).toBe(30);
    expect(t.defaultFee).toBe(1544);
  });

  it('applies overrides, keeping the defaults visible', () => {
    const t = effectiveInfoType('status-statement', { 'status-statement': { fee: 448, validityDays: 60, answerDays: 10 } })!;
    expect(t).toMatchObject({ fee: 448, validityDays: 60, answerDays: 10, defaultFee: 397, defaultValidityDays: 90 });
  });

  it('allows a fee of 0 and leaves other types alone', () => {
    const settings = { 'rehabilitation-team-statement': { fee: 0 } };
    expect(effectiveInfoType('rehabilitation-team-statement', settings)?.fee).toBe(0);
    expect(effectiveInfoType('general-health-statement', settings)?.fee).toBe(1544);
  });

  it('ignores overrides that are not sensible numbers', () => {
    const t = effectiveInfoType('status-statement', { 'status-statement': { fee: -5, validityDays: 0, answerDays: Number.NaN } })!;
    expect(t).toMatchObject({ fee: 397, validityDays: 90, answerDays: 14 });
  });

  it('takes the settings object as the app stores it', () => {
    const settings = defaultSettings();
    settings.infoTypes['psychological-assessment'] = { fee: 12000 };
    expect(effectiveInfoType('psychological-assessment', settings.infoTypes)?.fee).toBe(12000);
  });

  it('returns undefined for an unknown id, including inherited property names', () => {
    expect(effectiveInfoType('nope')).toBeUndefined();
    expect(effectiveInfoType('constructor')).toBeUndefined();
    expect(effectiveInfoType('status-statement', JSON.parse('{"__proto__": {"fee": 1}}'))?.fee).toBe(397);
  });

  it('has a type for every id', () => {
    for (const id of INFO_TYPE_IDS) expect(effectiveInfoType(id as InfoTypeId)?.id).toBe(id);
  });
});
