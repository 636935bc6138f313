import type { LegalBasis } from '../model/record';
import { normaliseLawName, normaliseSection, type LawCode } from '../parse/legal-basis';
import { findAlias, normaliseLabel } from './match-words';

export const EFFORT_CATEGORY_IDS = [
  'mentor',
  'home-support',
  'family-treatment',
  'rehabilitation',
  'resource-course',
  'education-job',
  'treatment',
  'substance-abuse',
  'school-support',
  'other',
] as const;
export type EffortCategoryId = (typeof EFFORT_CATEGORY_IDS)[number];

export interface EffortCategory {
  id: EffortCategoryId;
  name: string;
  nameEn: string;
  /** Legal bases that decide the category on their own. Without `sections`, any section of the law does. */
  legalBases: readonly { law: LawCode; sections?: readonly string[] }[];
  /** Lower-case words; each matches at a word start and may run on into a compound ("mentor" → "mentorstøtte"). */
  aliases: readonly string[];
  /** Words too general to outrank a specific one: "Behandling for misbrug" is substance abuse, not treatment. */
  weakAliases?: readonly string[];
}

export const EFFORT_CATEGORIES: readonly EffortCategory[] = [
  {
    id: 'mentor',
    name: 'Mentorstøtte',
    nameEn: 'Mentor support',
    legalBases: [{ law: 'LAB', sections: ['31 b'] }],
    aliases: ['mentor', 'jobmentor', 'coaching', 'coach'],
  },
  {
    id: 'home-support',
    name: 'Socialpædagogisk støtte i hjemmet',
    nameEn: 'Home support',
    legalBases: [{ law: 'SEL', sections: ['85'] }],
    aliases: ['socialpædagogisk støtte', 'socialpædagogisk bistand', 'bostøtte', 'hjemmevejleder', 'hjemmevejledning', 'støtte i eget hjem'],
  },
  {
    id: 'family-treatment',
    name: 'Familiebehandling',
    nameEn: 'Family treatment',
    // SEL § 52 was the children's support section before Barnets lov (2024); old cases still cite it.
    legalBases: [
      { law: 'BL', sections: ['32'] },
      { law: 'SEL', sections: ['52'] },
    ],
    aliases: ['familiebehandling', 'familiebehandler', 'familieterapi', 'familierådgivning', 'familievejledning', 'familiestøtte', 'forældrekursus', 'forældreprogram', 'forældrestøtte', 'de utrolige år'],
  },
  {
    id: 'rehabilitation',
    name: 'Genoptræning og rehabilitering',
    nameEn: 'Rehabilitation',
    legalBases: [
      { law: 'SUL', sections: ['140'] },
      { law: 'SEL', sections: ['86'] },
    ],
    aliases: ['genoptræning', 'rehabilitering', 'vedligeholdelsestræning', 'smertehåndtering', 'træningsforløb', 'fysioterapi', 'ergoterapi'],
  },
  {
    id: 'resource-course',
    name: 'Ressourceforløb',
    nameEn: 'Resource course',
    legalBases: [{ law: 'LAB', sections: ['68 b', '68 c'] }],
    aliases: ['ressourceforløb', 'jobafklaringsforløb'],
  },
  {
    id: 'education-job',
    name: 'Uddannelse og job',
    nameEn: 'Education and employment',
    legalBases: [{ law: 'VEJL' }, { law: 'FGU' }],
    aliases: [
      'virksomhedspraktik',
      'praktik',
      'løntilskud',
      'job med løntilskud',
      'fleksjob',
      'jobsøgning',
      'uddannelse',
      'uddannelsespålæg',
      'opkvalificering',
      'ungdomsvejledning',
      'ungdommens uddannelsesvejledning',
      'uddannelsesvejledning',
      'uu',
      'fgu',
      'forberedende grunduddannelse',
      'kui',
      'kommunal ungeindsats',
      'stu',
    ],
  },
  {
    id: 'treatment',
    name: 'Behandling',
    nameEn: 'Treatment',
    legalBases: [],
    aliases: ['psykiatrisk behandling', 'psykiatri', 'distriktspsykiatri', 'psykoterapi', 'psykologbehandling', 'psykologsamtaler', 'smerteklinik', 'smertecenter', 'adhd klinik', 'medicinsk behandling'],
    weakAliases: ['behandling', 'terapi'],
  },
  {
    id: 'substance-abuse',
    name: 'Rusmiddelbehandling og opfølgning',
    nameEn: 'Substance-abuse treatment and follow-up',
    // Social services' substance-abuse follow-up is not the same effort as psychiatric treatment, so it is
    // its own category: the two must not be flagged as parallel to each other.
    legalBases: [
      { law: 'SEL', sections: ['101', '101 a'] },
      { law: 'SUL', sections: ['141', '142'] },
    ],
    aliases: ['misbrug', 'stofmisbrug', 'rusmiddel', 'alkoholbehandling', 'alkoholmisbrug', 'opfølgning på misbrug', 'opfølgning på rusmiddel'],
  },
  {
    id: 'school-support',
    name: 'Støtte i skolen',
    nameEn: 'School support',
    legalBases: [],
    aliases: ['skolestøtte', 'støtte i skolen', 'fravær', 'skolefravær', 'skolepsykolog', 'ppr', 'støttelærer', 'specialundervisning', 'lektiehjælp', 'inklusionsvejleder'],
  },
  {
    id: 'other',
    name: 'Andet',
    nameEn: 'Other',
    legalBases: [],
    aliases: [],
  },
];

const BY_ID = new Map<string, EffortCategory>(EFFORT_CATEGORIES.map((c) => [c.id, c]));

export function getEffortCategory(id: string): EffortCategory | undefined {
  return BY_ID.get(id);
}

/** Only the main paragraph decides: "68 b-68 c" is the resource course's § 68 b, "31 b, stk. 2" is § 31 b. */
const mainSection = (section: string): string => normaliseSection(section).split('-')[0]!.replace(/,.*$/, '').trim();

export function categoryByLegalBasis(basis: Pick<LegalBasis, 'law' | 'section'>): EffortCategoryId | undefined {
  const law = normaliseLawName(basis.law);
  if (!law) return undefined;
  const section = mainSection(basis.section);
  const found = EFFORT_CATEGORIES.find((c) => c.legalBases.some((b) => b.law === law && (!b.sections || b.sections.includes(section))));
  return found?.id;
}

/**
 * The category of an effort from its title and, when shown, its legal basis. The legal basis decides when it
 * names a section we map, because titles are free text while the section is what was actually granted. Among
 * words, the earliest in the title wins ("Mentorstøtte i ressourceforløb" is mentor support), then the longest
 * ("misbrugsbehandling" over "behandling"). Nothing recognised is 'other', never a guess.
 */
export function matchEffortCategory(title: string, legalBasis?: LegalBasis): EffortCategoryId {
  return (legalBasis && categoryByLegalBasis(legalBasis)) || categoryByTitle(title);
}

/** The category a title alone names, for an effort whose legal basis is not one we map. */
export function categoryByTitle(title: string): EffortCategoryId {
  const label = normaliseLabel(title);
  return earliestHit(label, 'aliases') ?? earliestHit(label, 'weakAliases') ?? 'other';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/**
 * The aliases by the first character of their normalised form, each with its place in the category order. An alias
 * only hits at a word start, so a title is compared with the few aliases starting with a letter one of its words
 * starts with, not with all of them (a page of 1,000 efforts asks 1,000 times).
 */
type AliasEntry = { id: EffortCategoryId; alias: string; order: number };
const aliasIndexes = new Map<string, { byFirst: Map<string, AliasEntry[]>; always: AliasEntry[] }>();
function aliasIndex(kind: 'aliases' | 'weakAliases') {
  let index = aliasIndexes.get(kind);
  if (!index) {
    index = { byFirst: new Map(), always: [] };
    let order = 0;
    for (const c of EFFORT_CATEGORIES) {
      for (const alias of kind === 'aliases' ? c.aliases : (c.weakAliases ?? [])) {
        const entry = { id: c.id, alias, order: order++ };
        const first = normaliseLabel(alias).charAt(0);
        if (!WORD_CHAR.test(first)) index.always.push(entry);
        else index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), entry]);
      }
    }
    aliasIndexes.set(kind, index);
  }
  return index;
}

function earliestHit(label: string, kind: 'aliases' | 'weakAliases'): EffortCategoryId | undefined {
  const index = aliasIndex(kind);
  const candidates = [...index.always];
  const firsts = new Set<string>();
  for (const m of label.matchAll(WORD_START)) {
    if (firsts.has(m[0])) continue;
    firsts.add(m[0]);
    candidates.push(...(index.byFirst.get(m[0]) ?? []));
  }
  // Earliest, then longest; on a tie the category (and alias) listed first, as when every alias was tried in order.
  let best: { id: EffortCategoryId; start: number; length: number; order: number } | undefined;
  for (const { id, alias, order } of candidates) {
    for (const hit of findAlias(label, alias, true)) {
      const length = hit.end - hit.start;
      if (
        !best ||
        hit.start < best.start ||
        (hit.start === best.start && (length > best.length || (length === best.length && order < best.order)))
      ) {
        best = { id, start: hit.start, length, order };
      }
    }
  }
  return best?.id;
}

/**
 * Categories that serve the same purpose from different sectors. Mentor support (jobcenter), home support
 * (adult services) and family treatment (children and family) are different services under different laws,
 * but all three are help to cope with daily life, so running them side by side is the overlap to flag.
 */
export const EFFORT_GROUPS = {
  'everyday-support': { name: 'Støtte i hverdagen', nameEn: 'Support in daily life', categories: ['mentor', 'home-support', 'family-treatment'] },
} as const satisfies Record<string, { name: string; nameEn: string; categories: readonly EffortCategoryId[] }>;
export type EffortGroupId = keyof typeof EFFORT_GROUPS;

const GROUP_OF = new Map<string, string>(
  (Object.keys(EFFORT_GROUPS) as EffortGroupId[]).flatMap((g) => EFFORT_GROUPS[g].categories.map((c) => [c, g] as const)),
);

/**
 * What a parallel-effort rule compares: the group for grouped categories, otherwise the category itself.
 * 'other' is a catch-all, not a purpose; a rule should not treat two 'other' efforts as parallel.
 */
export function effortGroup(category: string): string {
  return GROUP_OF.get(category) ?? category;
}
