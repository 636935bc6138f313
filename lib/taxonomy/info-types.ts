import type { z } from 'zod';
import type { InfoTypeOverride } from '../model/settings';
import { cleanText } from '../parse/text';
import { findAlias, normaliseLabel, type AliasHit } from './match-words';

/**
 * A kind of information the municipality asks someone for. Two requests of the same type for the same citizen
 * within the validity window are what the duplicate-request and information-on-file flags look for.
 */
export interface InfoType {
  id: InfoTypeId;
  name: string;
  nameEn: string;
  /** The LÆ form the municipality sends, e.g. 'LÆ 121'. */
  requestForm?: string;
  /** The LÆ form the doctor answers on, e.g. 'LÆ 125'. Systems label requests by either number. */
  answerForm?: string;
  /** Agreed answer deadline in days, where the agreement with the doctors sets one. */
  answerDays?: number;
  /** Fee in kr. from the 2013 fee list: a starting default, municipalities override it in settings. */
  defaultFee?: number;
  /** How long an answer is fresh enough that asking again is a duplicate. A product default, not law. */
  defaultValidityDays: number;
  /** Lower-case words and phrases the systems use for this type. */
  aliases: readonly string[];
}

export const INFO_TYPE_IDS = [
  'hospital-records',
  'status-statement',
  'specific-health-statement',
  'general-health-statement',
  'specialist-statement',
  'social-medical-proposal',
  'chronic-illness',
  'rehabilitation-team-statement',
  'sickness-benefit-follow-up',
  'psychological-assessment',
  'school-statement',
  'child-investigation',
  'psychiatric-statement',
  'pain-clinic-statement',
  'gp-information',
] as const;
export type InfoTypeId = (typeof INFO_TYPE_IDS)[number];

/**
 * The generic "information from the GP" type only applies when nothing more specific matched: "Statusattest
 * fra egen læge" is a statusattest, not general GP information.
 */
const FALLBACK_ID: InfoTypeId = 'gp-information';

export const INFO_TYPES: readonly InfoType[] = [
  {
    id: 'hospital-records',
    name: 'Journaloplysninger fra sygehus',
    nameEn: 'Hospital records',
    answerForm: 'LÆ 105',
    answerDays: 14,
    defaultValidityDays: 365,
    aliases: ['journaloplysninger fra sygehus', 'journaloplysninger fra sygehuset', 'journaloplysninger fra hospital', 'journal fra sygehus', 'sygehusjournal', 'hospitalsjournal', 'epikrise'],
  },
  {
    id: 'status-statement',
    name: 'Statusattest',
    nameEn: 'Status statement',
    requestForm: 'LÆ 121',
    answerForm: 'LÆ 125',
    answerDays: 14,
    defaultFee: 397,
    defaultValidityDays: 90,
    aliases: ['statusattest', 'status attest', 'statuserklæring'],
  },
  {
    id: 'specific-health-statement',
    name: 'Specifik helbredsattest',
    nameEn: 'Specific health statement',
    requestForm: 'LÆ 131',
    answerForm: 'LÆ 135',
    answerDays: 30,
    defaultFee: 796,
    defaultValidityDays: 180,
    aliases: ['specifik helbredsattest', 'specifik attest', 'specifik lægeattest'],
  },
  {
    id: 'general-health-statement',
    name: 'Generel helbredsattest',
    nameEn: 'General health statement',
    requestForm: 'LÆ 141',
    answerForm: 'LÆ 145',
    answerDays: 30,
    defaultFee: 1544,
    defaultValidityDays: 180,
    aliases: ['generel helbredsattest', 'generel attest', 'generel lægeattest'],
  },
  {
    id: 'specialist-statement',
    name: 'Speciallægeerklæring',
    nameEn: 'Specialist statement',
    requestForm: 'LÆ 151',
    answerForm: 'LÆ 155',
    answerDays: 60,
    defaultValidityDays: 180,
    aliases: ['speciallægeerklæring', 'speciallægeattest', 'speciallægeudtalelse', 'speciallægeundersøgelse'],
  },
  {
    id: 'social-medical-proposal',
    name: 'Forslag til socialmedicinsk sagsbehandling',
    nameEn: 'Proposal for social-medical case handling',
    answerForm: 'LÆ 165',
    defaultFee: 0,
    defaultValidityDays: 90,
    aliases: ['forslag til socialmedicinsk sagsbehandling', 'forslag om socialmedicinsk sagsbehandling', 'socialmedicinsk sagsbehandling', 'socialmedicinsk forslag'],
  },
  {
    id: 'chronic-illness',
    name: 'Attest vedrørende kronisk sygdom',
    nameEn: 'Chronic illness statement',
    requestForm: 'LÆ 221',
    answerForm: 'LÆ 225',
    answerDays: 14,
    defaultFee: 152,
    // A chronic condition is by definition lasting, so the answer stays relevant longer than a status.
    defaultValidityDays: 365,
    aliases: ['attest vedrørende kronisk sygdom', 'attest om kronisk sygdom', 'kronisk sygdom', 'kronisk syg'],
  },
  {
    id: 'rehabilitation-team-statement',
    name: 'Lægeattest til rehabiliteringsteam',
    nameEn: 'Statement for the rehabilitation team',
    requestForm: 'LÆ 261',
    answerForm: 'LÆ 265',
    answerDays: 30,
    defaultFee: 1544,
    defaultValidityDays: 180,
    aliases: [
      'attest til rehabiliteringsteam',
      'attest til rehabiliteringsteamet',
      'lægeattest til rehabiliteringsteam',
      'lægeattest til rehabiliteringsteamet',
      'rehabiliteringsattest',
      'rehab attest',
    ],
  },
  {
    id: 'sickness-benefit-follow-up',
    name: 'Attest til sygedagpengeopfølgning',
    nameEn: 'Sickness-benefit follow-up statement',
    requestForm: 'LÆ 281',
    answerForm: 'LÆ 285',
    defaultValidityDays: 90,
    aliases: ['attest til sygedagpengeopfølgning', 'sygedagpengeopfølgning', 'opfølgning sygedagpenge', 'opfølgning på sygedagpenge', 'sygedagpengeattest'],
  },
  {
    id: 'psychological-assessment',
    name: 'Psykologisk undersøgelse',
    nameEn: 'Psychological assessment',
    defaultValidityDays: 365,
    aliases: ['psykologisk undersøgelse', 'psykologisk udtalelse', 'psykologisk vurdering', 'psykologundersøgelse', 'psykologudtalelse', 'psykologerklæring', 'psykologattest'],
  },
  {
    id: 'school-statement',
    name: 'Skoleudtalelse',
    nameEn: 'School statement',
    // One school term: a child's school situation changes quickly.
    defaultValidityDays: 180,
    aliases: ['skoleudtalelse', 'udtalelse fra skole', 'udtalelse fra skolen', 'skoleerklæring'],
  },
  {
    id: 'child-investigation',
    name: 'Børnefaglig undersøgelse',
    nameEn: "Children's social investigation",
    defaultValidityDays: 365,
    // Barnets lov § 20 since 2024; older cases still call it a § 50-undersøgelse after the former SEL § 50.
    aliases: ['børnefaglig undersøgelse', 'børnefaglig udredning', 'bfu', '§ 50 undersøgelse', '§ 20 undersøgelse', 'undersøgelse efter barnets lov § 20', 'undersøgelse efter serviceloven § 50'],
  },
  {
    id: 'psychiatric-statement',
    name: 'Udtalelse fra psykiatrien',
    nameEn: 'Psychiatric statement',
    defaultValidityDays: 180,
    aliases: ['udtalelse fra psykiatrien', 'udtalelse fra distriktspsykiatrien', 'udtalelse fra distriktspsykiatri', 'psykiatrisk udtalelse', 'psykiatrisk erklæring', 'distriktspsykiatrien', 'distriktspsykiatri'],
  },
  {
    id: 'pain-clinic-statement',
    name: 'Udtalelse fra smerteklinik',
    nameEn: 'Pain clinic statement',
    defaultValidityDays: 180,
    aliases: ['udtalelse fra smerteklinik', 'udtalelse fra smerteklinikken', 'udtalelse fra smertecenter', 'smerteklinik', 'smerteklinikken', 'smertecenter', 'smertecentret'],
  },
  {
    id: 'gp-information',
    name: 'Lægeoplysninger fra egen læge',
    nameEn: "Information from the citizen's own GP",
    defaultValidityDays: 90,
    aliases: ['lægeoplysninger', 'oplysninger fra egen læge', 'udtalelse fra egen læge', 'journaloplysninger fra egen læge', 'lægeattest', 'lægeerklæring', 'lægeudtalelse', 'egen læge'],
  },
];

const BY_ID = new Map<string, InfoType>(INFO_TYPES.map((t) => [t.id, t]));
const formNumber = (form: string | undefined): string | undefined => form?.replace(/\D/g, '') || undefined;
const BY_FORM = new Map<string, InfoType>(
  INFO_TYPES.flatMap((t) => [formNumber(t.requestForm), formNumber(t.answerForm)].filter((n): n is string => !!n).map((n) => [n, t] as const)),
);

export function getInfoType(id: string): InfoType | undefined {
  return BY_ID.get(id);
}

/** "LÆ 265", "LÆ265", "LÆ-265", "Læ. 265", "LAE 265". */
const LAE_NUMBER = /(?<!\p{L})l(?:æ|ae)\.?\s*-?\s*(\d{3})(?!\d)/giu;

/**
 * The information type a system's own label means, or undefined: an unknown label must stay unknown, since a
 * wrong type would raise a false duplicate flag or hide a real one. An explicit LÆ number decides (request or
 * answer number alike); an LÆ number we do not know, or two that disagree, leave the type unknown.
 */
export function matchInfoType(label: string): InfoType | undefined {
  const text = cleanText(label);
  const forms = new Set([...text.matchAll(LAE_NUMBER)].map((m) => m[1]!));
  if (forms.size > 0) {
    const types = new Set([...forms].map((n) => BY_FORM.get(n)));
    return types.size === 1 ? [...types][0] : undefined;
  }
  return matchByAliases(normaliseLabel(text));
}

type Hit = AliasHit & { type: InfoType };

/**
 * Aliases decide when they agree. A hit inside a longer hit gives way to it ("distriktspsykiatrien" inside
 * "udtalelse fra distriktspsykiatrien"); two separate hits of different types ("psykologisk undersøgelse og
 * skoleudtalelse") are ambiguous and match nothing.
 */
function matchByAliases(label: string): InfoType | undefined {
  const hitsOf = (types: readonly InfoType[]): Hit[] =>
    types.flatMap((type) => type.aliases.flatMap((alias) => findAlias(label, alias).map((h) => ({ ...h, type }))));
  const specific = hitsOf(INFO_TYPES.filter((t) => t.id !== FALLBACK_ID));
  const hits = specific.length > 0 ? specific : hitsOf(INFO_TYPES.filter((t) => t.id === FALLBACK_ID));
  const outer = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  const types = new Set(outer.map((h) => h.type));
  return types.size === 1 ? [...types][0] : undefined;
}

/** Per-id overrides from the settings (`Settings.infoTypes`). */
export type InfoTypeSettings = Readonly<Record<string, z.infer<typeof InfoTypeOverride> | undefined>>;

/** The type as this municipality uses it: the defaults stay visible next to the effective values. */
export interface EffectiveInfoType extends InfoType {
  fee?: number;
  validityDays: number;
}

const usable = (n: number | undefined, min: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= min;

/**
 * Fees and windows are the municipality's to set (the 2013 fee list is only a start). An override that is not
 * a sensible number is ignored rather than trusted, because settings can be imported from a file.
 */
export function effectiveInfoType(id: string, settings: InfoTypeSettings = {}): EffectiveInfoType | undefined {
  const type = BY_ID.get(id);
  if (!type) return undefined;
  const o = (Object.hasOwn(settings, id) ? settings[id] : undefined) ?? {};
  const fee = usable(o.fee, 0) ? o.fee : type.defaultFee;
  const answerDays = usable(o.answerDays, 1) ? o.answerDays : type.answerDays;
  return {
    ...type,
    ...(fee !== undefined ? { fee } : {}),
    ...(answerDays !== undefined ? { answerDays } : {}),
    validityDays: usable(o.validityDays, 1) ? o.validityDays : type.defaultValidityDays,
  };
}
