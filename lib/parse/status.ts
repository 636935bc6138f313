import { fail, ok, type ParseResult } from '../model/parse-result';
import type { RecordStatus } from '../model/record';
import { cleanText, quote, tooLong } from './text';

/**
 * The status words the systems use, lower case. "Afventer" alone is deliberately absent: it means planned in
 * "afventer opstart" and pending in "afventer svar", and a bare "afventer" must fail rather than pick one.
 */
const STATUS_WORDS: ReadonlyMap<string, RecordStatus> = new Map(Object.entries({
  aktiv: 'active',
  'i gang': 'active',
  igangværende: 'active',
  igangsat: 'active',
  påbegyndt: 'active',
  bevilget: 'active',
  'bevilget, ikke startet': 'planned',
  åben: 'active',
  oprettet: 'active',
  gældende: 'active',
  'under udarbejdelse': 'active',
  booket: 'planned',
  indkaldt: 'planned',
  kladde: 'planned',
  planlagt: 'planned',
  visiteret: 'planned',
  'afventer opstart': 'planned',
  'afventer svar': 'pending',
  sendt: 'pending',
  afsendt: 'pending',
  rykket: 'pending',
  bestilt: 'pending',
  besvaret: 'answered',
  modtaget: 'answered',
  afsluttet: 'closed',
  ophørt: 'closed',
  lukket: 'closed',
  afholdt: 'closed',
  gennemført: 'closed',
  annulleret: 'cancelled',
  aflyst: 'cancelled',
  tilbagekaldt: 'cancelled',
} satisfies Record<string, RecordStatus>));

/** Longest first, so "afventer svar" is tried before any shorter word it might start with. */
const PHRASES = [...STATUS_WORDS.keys()].sort((a, b) => b.length - a.length);

/**
 * Systems often add detail after the word ("Afsluttet 12-03-2026", "Sendt til egen læge", "Rykket (2)"), so a
 * known phrase at the start counts when a word boundary follows it.
 */
export function parseStatus(text: string): ParseResult<RecordStatus> {
  const s = cleanText(text).toLowerCase();
  if (!s) return fail('expected a status, found nothing');
  const long = tooLong(s, 'a status');
  if (long) return long;
  const exact = STATUS_WORDS.get(s);
  if (exact) return ok(exact);
  for (const phrase of PHRASES) {
    if (s.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(s.charAt(phrase.length))) return ok(STATUS_WORDS.get(phrase)!);
  }
  return fail(`unknown status ${quote(text)}`);
}
