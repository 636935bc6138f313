import type { RecordOf } from '../model/record';
import type { Settings } from '../model/settings';
import { effectiveInfoType, type EffectiveInfoType } from '../taxonomy/info-types';
import { addDays, dayOf } from './dates';
import { dateDa, dateEn, unitDa, unitEn } from './text';
import { memo, type Prepared } from './records';
import { sameUnit } from './units';

/**
 * The request/document logic shared by the duplicate-request and information-on-file rules and the form
 * guard's pre-check, so a flag and a warning before submitting can never disagree.
 */

type Request = RecordOf<'request'>;
type Document = RecordOf<'document'>;

/**
 * Unknown type ids give undefined and are left alone: a wrong type would raise a false duplicate or hide a real
 * one, and "both unknown" does not mean "the same".
 */
export function infoTerms(id: string, settings: Settings): EffectiveInfoType | undefined {
  return effectiveInfoType(id, settings.infoTypes);
}

export function termsIn(ctx: Prepared, id: string): EffectiveInfoType | undefined {
  return memo(ctx, `info-type:${id}`, () => infoTerms(id, ctx.settings));
}

export function typeNameDa(t: EffectiveInfoType): string {
  return t.answerForm ? `${t.name} (${t.answerForm})` : t.name;
}
export function typeNameEn(t: EffectiveInfoType): string {
  return t.answerForm ? `${t.nameEn} (${t.answerForm})` : t.nameEn;
}

const OPEN: ReadonlySet<string> = new Set(['pending', 'planned', 'active']);

export const isOpenRequest = (r: Request) => OPEN.has(r.status);

/**
 * How long an earlier request makes another of its type redundant: while it is unanswered, and after the answer
 * for the type's validity window. An answer without a date counts from the request date, the best we know.
 * A request closed without an answer covers nothing.
 */
export function requestCover(r: Request, terms: EffectiveInfoType): { open: true } | { open: false; until: string } | undefined {
  if (r.status === 'cancelled') return undefined;
  if (OPEN.has(r.status)) return { open: true };
  if (r.status === 'closed' && !r.answeredAt) return undefined;
  return { open: false, until: addDays(r.answeredAt ?? r.requestedAt, terms.validityDays) };
}

/** Whether `earlier` already covers a request of its type made on `date`. */
export function coversRequestOn(earlier: Request, date: string, terms: EffectiveInfoType): boolean {
  if (earlier.requestedAt > dayOf(date)) return false;
  const cover = requestCover(earlier, terms);
  return !!cover && (cover.open || dayOf(date) <= cover.until);
}

export function documentValidUntil(d: Document, terms: EffectiveInfoType): string {
  return d.validUntil ?? addDays(d.receivedAt, terms.validityDays);
}

/**
 * A document on file makes a request unnecessary while it is valid, if it came in before the request or
 * another unit has it. A same-unit document arriving after the request is most likely the answer to it.
 * Without a request (one about to be made) anything already received came before it.
 */
export function documentCovers(
  d: Document,
  request: Pick<Request, 'requestedAt' | 'sector' | 'responsible'> | undefined,
  today: string,
  terms: EffectiveInfoType,
): boolean {
  if (d.receivedAt > today) return false;
  const requestedAt = request?.requestedAt ?? today;
  const until = documentValidUntil(d, terms);
  if (until < (requestedAt > today ? requestedAt : today)) return false;
  return !request || d.receivedAt < request.requestedAt || !sameUnit(d, request);
}

/** "Bestilt af Jobcenter (Team Ressource) 02-11-2026 og endnu ikke besvaret." */
export function describeRequest(r: Request, terms: EffectiveInfoType): { da: string; en: string } {
  const cover = requestCover(r, terms);
  const head = { da: `Bestilt af ${unitDa(r)} ${dateDa(r.requestedAt)}`, en: `Requested by ${unitEn(r)} on ${dateEn(r.requestedAt)}` };
  if (!cover || cover.open) return { da: `${head.da} og endnu ikke besvaret.`, en: `${head.en}, not answered yet.` };
  const answered = r.answeredAt ? { da: `, besvaret ${dateDa(r.answeredAt)}`, en: `, answered on ${dateEn(r.answeredAt)}` } : { da: ', besvaret', en: ', answered' };
  return {
    da: `${head.da}${answered.da}, gyldig til ${dateDa(cover.until)}.`,
    en: `${head.en}${answered.en}, valid until ${dateEn(cover.until)}.`,
  };
}

/** "Modtaget af Voksen Social (Team Nord) 01-10-2026 fra egen læge, gyldig til 30-03-2027." */
export function describeDocument(d: Document, terms: EffectiveInfoType): { da: string; en: string } {
  const until = documentValidUntil(d, terms);
  const from = d.from ? { da: ` fra ${d.from}`, en: ` from ${d.from}` } : { da: '', en: '' };
  return {
    da: `Modtaget af ${unitDa(d)} ${dateDa(d.receivedAt)}${from.da}, gyldig til ${dateDa(until)}.`,
    en: `Received by ${unitEn(d)} on ${dateEn(d.receivedAt)}${from.en}, valid until ${dateEn(until)}.`,
  };
}
