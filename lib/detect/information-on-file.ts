import type { Flag } from '../model/flag';
import type { RecordOf } from '../model/record';
import { dayOf } from './dates';
import { makeFlag } from './flag';
import { documentCovers, documentValidUntil, isOpenRequest, termsIn, typeNameDa, typeNameEn } from './info';
import { byKey, cprOf, groupBy, ofKind, prepare } from './records';
import { capitalise, dateDa, dateEn, listDa, listEn, unitDa, unitEn, whose } from './text';
import type { DetectContext, Rule } from './types';

type Document = RecordOf<'document'>;

const sameTypeKey = (r: { citizen: { cpr?: string }; infoType: string }) => (r.citizen.cpr ? `${r.citizen.cpr}\u0000${r.infoType}` : undefined);

/** A request still open (sent or about to be) for information the municipality already holds, valid, on file. */
export function detectInformationOnFile(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const today = dayOf(ctx.now);
  const documents = groupBy(ofKind(ctx, 'document'), sameTypeKey);
  const flags: Flag[] = [];
  for (const request of ofKind(ctx, 'request').filter(isOpenRequest)) {
    const terms = termsIn(ctx, request.infoType);
    if (!terms) continue;
    const onFile = (documents.get(sameTypeKey(request) ?? '') ?? []).filter((d) => documentCovers(d, request, today, terms)).sort(byKey);
    if (!onFile.length) continue;
    const held = (d: Document, lang: 'da' | 'en') =>
      lang === 'da'
        ? `modtaget af ${unitDa(d)} ${dateDa(d.receivedAt)} og gyldig til ${dateDa(documentValidUntil(d, terms))}`
        : `received by ${unitEn(d)} on ${dateEn(d.receivedAt)} and valid until ${dateEn(documentValidUntil(d, terms))}`;
    const who = whose(cprOf(request), ctx);
    flags.push(
      makeFlag({
        rule: 'information-on-file',
        records: [request, ...onFile],
        now: ctx.now,
        feeAtStake: request.fee ?? terms.fee,
        reason:
          `${capitalise(typeNameDa(terms))} er bestilt af ${unitDa(request)} ${dateDa(request.requestedAt)}${who}, ` +
          `men kommunen har den allerede: ${listDa(onFile.map((d) => held(d, 'da')))}.`,
        reasonEn:
          `${capitalise(typeNameEn(terms))} was requested by ${unitEn(request)} on ${dateEn(request.requestedAt)}${who}, ` +
          `but the municipality already has it: ${listEn(onFile.map((d) => held(d, 'en')))}.`,
      }),
    );
  }
  return flags;
}

export const informationOnFile: Rule = { id: 'information-on-file', detect: detectInformationOnFile };
