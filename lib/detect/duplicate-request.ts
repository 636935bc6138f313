import type { Flag } from '../model/flag';
import { recordKey, type RecordOf } from '../model/record';
import type { EffectiveInfoType } from '../taxonomy/info-types';
import { dayOf } from './dates';
import { makeFlag } from './flag';
import { coversRequestOn, requestCover, termsIn, typeNameDa, typeNameEn } from './info';
import { detectInformationOnFile } from './information-on-file';
import { byKey, components, cprOf, groupBy, ofKind, prepare } from './records';
import { capitalise, dateDa, dateEn, listDa, listEn, numberDa, timesEn, unitDa, unitEn, whose } from './text';
import type { DetectContext, Rule } from './types';

type Request = RecordOf<'request'>;

const chronological = (a: Request, b: Request) => (a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : byKey(a, b));

/**
 * Requests of one type for one citizen, each made while an earlier one was still unanswered or its answer still
 * valid. In any sector, the same one included: asking twice is the waste whoever does it. A chain of such
 * requests is one group.
 */
export function duplicateGroups(ctx: DetectContext): { terms: EffectiveInfoType; requests: Request[] }[] {
  const prepared = prepare(ctx);
  const requests = ofKind(prepared, 'request').filter((r) => r.status !== 'cancelled');
  const groups: { terms: EffectiveInfoType; requests: Request[] }[] = [];
  for (const sameType of groupBy(requests, (r) => (cprOf(r) ? `${cprOf(r)}\u0000${r.infoType}` : undefined)).values()) {
    const terms = termsIn(prepared, sameType[0]!.infoType);
    if (!terms || sameType.length < 2) continue;
    sameType.sort(chronological);
    // Sorted, so the first argument is always the earlier request.
    for (const group of components(sameType, (a, b) => coversRequestOn(a, b.requestedAt, terms))) {
      if (group.length > 1) groups.push({ terms, requests: group });
    }
  }
  return groups;
}

function firstStatus(first: Request, terms: EffectiveInfoType, today: string): { da: string; en: string } {
  const cover = requestCover(first, terms);
  if (!cover || cover.open) return { da: 'Den første er endnu ikke besvaret.', en: 'The first has not been answered yet.' };
  const answered = first.answeredAt ? { da: ` ${dateDa(first.answeredAt)}`, en: ` on ${dateEn(first.answeredAt)}` } : { da: '', en: '' };
  const valid = cover.until >= today;
  return {
    da: `Den første blev besvaret${answered.da} og ${valid ? 'er' : 'var'} gyldig til ${dateDa(cover.until)}.`,
    en: `The first was answered${answered.en} and ${valid ? 'is' : 'was'} valid until ${dateEn(cover.until)}.`,
  };
}

export function detectDuplicateRequests(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const today = dayOf(ctx.now);
  // One situation, one flag: when every repeat is for information already on file, the information-on-file flag
  // says it and points at the document to use instead.
  const onFile = new Set(detectInformationOnFile(ctx).flatMap((f) => f.recordKeys));
  const repeatsOnFile = (requests: Request[]) => requests.slice(1).every((r) => onFile.has(recordKey(r)));
  return duplicateGroups(ctx).filter(({ requests }) => !repeatsOnFile(requests)).map(({ terms, requests }) => {
    const first = requests[0]!;
    const who = whose(cprOf(first), ctx);
    const status = firstStatus(first, terms, today);
    const fees = requests.slice(1).map((r) => r.fee ?? terms.fee);
    const feeAtStake = fees.some((f) => f !== undefined) ? fees.reduce<number>((sum, f) => sum + (f ?? 0), 0) : undefined;
    return makeFlag({
      rule: 'duplicate-request',
      records: requests,
      now: ctx.now,
      feeAtStake,
      reason:
        `${capitalise(typeNameDa(terms))} er bestilt ${numberDa(requests.length)} gange${who}: ` +
        `${listDa(requests.map((r) => `${unitDa(r)} ${dateDa(r.requestedAt)}`))}. ${status.da}`,
      reasonEn:
        `${capitalise(typeNameEn(terms))} has been requested ${timesEn(requests.length)}${who}: ` +
        `${listEn(requests.map((r) => `${unitEn(r)} on ${dateEn(r.requestedAt)}`))}. ${status.en}`,
    });
  });
}

export const duplicateRequest: Rule = { id: 'duplicate-request', detect: detectDuplicateRequests };
