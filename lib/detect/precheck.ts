import { normaliseCpr } from '../link/cpr';
import { dayOf } from './dates';
import { coversRequestOn, describeDocument, describeRequest, documentCovers, infoTerms } from './info';
import type { RecordOf } from '../model/record';
import { byKey, compare, isStale } from './records';
import type { DetectContext, PrecheckResult } from './types';

/**
 * What the form guard asks before a caseworker sends a new request: is the same information already asked for,
 * or already on file? Same logic as the duplicate-request and information-on-file rules (shared in ./info), so
 * the warning before submitting and the flag after can never disagree. Linear in the context's records.
 */
export function checkNewRequest(context: DetectContext, request: { citizenCpr: string; infoType: string }): PrecheckResult {
  const cpr = normaliseCpr(request.citizenCpr);
  const terms = infoTerms(request.infoType, context.settings);
  if (!cpr || !terms) return { duplicates: [], onFile: [] };
  const today = dayOf(context.now);
  // One pass over the citizen's records, not a full index: the guard runs while the caseworker waits.
  const requests: RecordOf<'request'>[] = [];
  const documents: RecordOf<'document'>[] = [];
  for (const r of context.records) {
    if (r.citizen.cpr !== cpr || isStale(r)) continue;
    if (r.kind === 'request' && r.infoType === request.infoType && coversRequestOn(r, today, terms)) requests.push(r);
    else if (r.kind === 'document' && r.infoType === request.infoType && documentCovers(r, undefined, today, terms)) documents.push(r);
  }
  const duplicates = requests
    .sort((a, b) => compare(a.requestedAt, b.requestedAt) || byKey(a, b))
    .map((record) => {
      const t = describeRequest(record, terms);
      return { record, reason: t.da, reasonEn: t.en };
    });
  const onFile = documents
    .sort((a, b) => compare(b.receivedAt, a.receivedAt) || byKey(a, b))
    .map((record) => {
      const t = describeDocument(record, terms);
      return { record, reason: t.da, reasonEn: t.en };
    });
  return { duplicates, onFile };
}
