import type { LegalBasis } from '../model';
import { categoryByLegalBasis, categoryByTitle } from './effort-categories';
import { matchInfoType } from './info-types';

/**
 * Places a record read from a page in our taxonomies: an effort's category, a request's or document's information
 * type. Done by the background as a page report comes in, not by the reader on the host page: the alias tables were
 * a quarter of the reader's code, and matching them about a quarter of its time on a 1,000-row page: the host's time.
 * Fills the record in place; what the adapter itself set is kept.
 */
export function classifyRecord<T>(record: T): T {
  const r = record as Record<string, unknown> | null;
  if (!r || typeof r !== 'object') return record;
  if (r.kind === 'request' || r.kind === 'document') {
    // "other" is not a guess: it says the type is unknown, and detection never matches on it.
    r.infoType ??= infoTypeOf(String(r.label ?? r.title ?? ''));
  }
  if (r.kind === 'effort') {
    const basis = r.legalBasis as Partial<LegalBasis> | undefined;
    r.category ??= effortCategoryOf(String(r.title ?? ''), typeof basis?.law === 'string' && typeof basis.section === 'string' ? (basis as LegalBasis) : undefined);
  }
  return record;
}

/**
 * A page repeats the same few labels and legal bases over many rows, so each is matched once. Bounded: a page of
 * unique titles must not grow a memo without end.
 */
const MEMO_MAX = 5000;
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= MEMO_MAX) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
const infoTypeOf = memo((label) => matchInfoType(label)?.id ?? 'other');
const categoryOfTitle = memo(categoryByTitle);
// Null, not undefined, for "not a basis we map": the memo keeps it.
const categoryOfBasis = memo((key) => {
  const [law, section] = key.split('\u0000') as [string, string];
  return categoryByLegalBasis({ law, section }) ?? null;
});
/** Efforts of one kind repeat their legal basis on every row while each title is unique ("Mentorstøtte #12"). */
function effortCategoryOf(title: string, legalBasis: LegalBasis | undefined): string {
  return (legalBasis && categoryOfBasis(`${legalBasis.law}\u0000${legalBasis.section}`)) || categoryOfTitle(title);
}
