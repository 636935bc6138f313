import { normaliseCpr } from '../link/cpr';
import { dayOf } from './dates';
import { coversRequestOn, describeDocument, describeRequest, documentCovers, infoTerms } from './info';
import { byKey, compare, ofKind } from './records';
import type { DetectContext, PrecheckResult } from './types';

/**
 * What the form guard asks before a caseworker sends a new request: is the same information already asked for,
 * or already on file? Same logic as the duplicate-request and information-on-file rules (shared in ./info), so
 * the warning before submitting and the flag after can never disagree. Linear in the context's records.
 */
export function checkNewRequest(ctx: DetectContext, request: { citizenCpr: string; infoType: string }): PrecheckResult {
  const cpr = normaliseCpr(request.citizenCpr);
  const terms = infoTerms(request.infoType, ctx.settings);
  if (!cpr || !terms) return { duplicates: [], onFile: [] };
  const today = dayOf(ctx.now);
  const mine = (r: { citizen: { cpr?: string }; infoType: string }) => r.citizen.cpr === cpr && r.infoType === request.infoType;

  const duplicates = ofKind(ctx.records, 'request')
    .filter((r) => mine(r) && coversRequestOn(r, today, terms))
    .sort((a, b) => compare(a.requestedAt, b.requestedAt) || byKey(a, b))
    .map((record) => {
      const t = describeRequest(record, terms);
      return { record, reason: t.da, reasonEn: t.en };
    });
  const onFile = ofKind(ctx.records, 'document')
    .filter((d) => mine(d) && documentCovers(d, undefined, today, terms))
    .sort((a, b) => compare(b.receivedAt, a.receivedAt) || byKey(a, b))
    .map((record) => {
      const t = describeDocument(record, terms);
      return { record, reason: t.da, reasonEn: t.en };
    });
  return { duplicates, onFile };
}
