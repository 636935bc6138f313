import { fail, ok, type ParseResult } from '../model/parse-result';
import type { LegalBasis } from '../model/record';
import { cleanText, quote, tooLong } from './text';

/**
 * Each law under the short code caseworkers use, with the names the systems print. Codes are canonical so that
 * "Serviceloven § 85" from one system and "SEL § 85" from another compare equal.
 */
export const LAWS = {
  LAB: { name: 'Lov om aktiv beskæftigelsesindsats', aliases: ['lab', 'lov om aktiv beskæftigelsesindsats', 'lov om en aktiv beskæftigelsesindsats'] },
  SEL: { name: 'Serviceloven', aliases: ['sel', 'serviceloven', 'lov om social service'] },
  BL: { name: 'Barnets lov', aliases: ['bl', 'barnets lov'] },
  SUL: { name: 'Sundhedsloven', aliases: ['sul', 'sundhedsloven'] },
  LAS: { name: 'Aktivloven', aliases: ['las', 'aktivloven', 'lov om aktiv socialpolitik'] },
  SDL: { name: 'Sygedagpengeloven', aliases: ['sdl', 'sygedagpengeloven', 'lov om sygedagpenge'] },
  RSL: { name: 'Retssikkerhedsloven', aliases: ['rsl', 'retssikkerhedsloven', 'lov om retssikkerhed og administration på det sociale område'] },
  FVL: { name: 'Forvaltningsloven', aliases: ['fvl', 'forvaltningsloven'] },
  FSL: { name: 'Folkeskoleloven', aliases: ['fsl', 'folkeskoleloven'] },
  VEJL: { name: 'Vejledningsloven', aliases: ['vejledningsloven', 'lov om vejledning om uddannelse og erhverv'] },
  FGU: { name: 'Lov om forberedende grunduddannelse', aliases: ['fgu-loven', 'fgu loven', 'lov om forberedende grunduddannelse'] },
} as const satisfies Record<string, { name: string; aliases: readonly string[] }>;
export type LawCode = keyof typeof LAWS;

/** The codes themselves count as aliases, so a LegalBasis we produced normalises to itself. */
const LAW_BY_ALIAS = new Map<string, LawCode>(
  (Object.keys(LAWS) as LawCode[]).flatMap((code) => [code.toLowerCase(), ...LAWS[code].aliases].map((a) => [a, code] as const)),
);

/** Canonical code for a law name or abbreviation, or undefined when we do not know the law. */
export function normaliseLawName(name: string): LawCode | undefined {
  const s = cleanText(name).toLowerCase().replace(/[.,:;]+$/, '');
  if (!s) return undefined;
  // "Servicelovens § 85": the genitive s is how the law is cited in running text.
  return LAW_BY_ALIAS.get(s) ?? (s.endsWith('s') ? LAW_BY_ALIAS.get(s.slice(0, -1)) : undefined);
}

/** A section number with its optional letter; the letter may not be the preposition in "§ 85 i serviceloven". */
const ONE_SECTION = String.raw`\d+(?:\s?(?!i\s+\p{L})[a-zæøå](?!\p{L}))?`;
const SECTION = new RegExp(String.raw`^(${ONE_SECTION})(?:\s*[-–]\s*(${ONE_SECTION}))?`, 'iu');
/** Sub-references stay in `text`; `section` keeps only the paragraph so systems citing at different depth still match. */
const SUB_REFERENCES = /,?\s*(?:stk\.?|nr\.?|pkt\.?|litra)\s*\d*\s*[a-zæøå]?\b\.?/giu;
const CONNECTORS = /^(?:(?:jf\.?|jævnfør|efter|iht\.?|i henhold til|i medfør af|i)(?=\s|$)|,)\s*/i;

function stripConnectors(s: string): string {
  let prev: string;
  let out = s.trim();
  do {
    prev = out;
    out = out.replace(CONNECTORS, '').trim();
  } while (out !== prev);
  return out;
}

/** "31b" and "31 B" are written "31 b" in Danish law; a range keeps both ends. */
export function normaliseSection(section: string): string {
  return cleanText(section)
    .toLowerCase()
    .replace(/(\d)\s?([a-zæøå])(?!\p{L})/gu, '$1 $2')
    .replace(/\s*[-–]\s*/g, '-');
}

/**
 * The longest run of words at one end that names a known law: the law ends the text before § ("Støtte efter
 * SEL") and starts the text after it ("§ 85 i serviceloven (bostøtte)").
 */
function knownLaw(words: string[], atEnd: boolean): LawCode | undefined {
  for (let k = words.length; k >= 1; k--) {
    const code = normaliseLawName((atEnd ? words.slice(-k) : words.slice(0, k)).join(' '));
    if (code) return code;
  }
  return undefined;
}

function lawFrom(before: string, after: string): string | undefined {
  const head = stripConnectors(before);
  if (head) return knownLaw(head.split(' '), true) ?? head.replace(/[.,:;]+$/, '');
  const tail = stripConnectors(after.replace(SUB_REFERENCES, ' '));
  if (!tail) return undefined;
  return knownLaw(tail.split(' '), false) ?? tail.replace(/[.,:;]+$/, '');
}

/**
 * "SEL § 85", "Serviceloven § 85", "LAB §§ 68 b-68 c", "§ 85 i serviceloven". A law we do not know is kept as
 * written rather than refused: the legal basis is still true information, only not one we can compare on.
 */
export function parseLegalBasis(text: string): ParseResult<LegalBasis> {
  const original = cleanText(text);
  if (!original) return fail('expected a legal basis such as "SEL § 85", found nothing');
  const long = tooLong(original, 'a legal basis');
  if (long) return long;
  const s = original.replace(/\bparagraf(?:ferne|fer)?\b\.?/giu, '§');
  const m = /^(.*?)\s*§§?\s*(.*)$/su.exec(s);
  if (!m) return fail(`expected a legal basis with a § such as "SEL § 85", found ${quote(original)}`);
  const [, before = '', after = ''] = m;
  const section = SECTION.exec(after);
  if (!section) return fail(`expected a section number after § in ${quote(original)}`);
  const law = lawFrom(before, after.slice(section[0].length));
  if (!law) return fail(`${quote(original)} does not name a law`);
  return ok({ law, section: normaliseSection(section[0]), text: original });
}
