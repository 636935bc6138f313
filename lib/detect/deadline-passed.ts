import type { Flag } from '../model/flag';
import type { RecordOf } from '../model/record';
import type { Settings } from '../model/settings';
import type { EffectiveInfoType } from '../taxonomy/info-types';
import { addDays, dayOf, daysBetween } from './dates';
import { makeFlag } from './flag';
import { infoTerms, termsIn, typeNameDa, typeNameEn } from './info';
import { cprOf, ofKind, prepare } from './records';
import { capitalise, dateDa, dateEn, days, unitDa, unitEn, whose } from './text';
import type { DetectContext, Rule } from './types';

type Request = RecordOf<'request'>;

/** Sent and waiting; a planned request has not been sent, so no deadline runs yet. */
const WAITING: ReadonlySet<string> = new Set(['pending', 'active']);

/** The deadline the system shows, else the type's agreed answer time; without either there is none to pass. */
export function requestDeadline(r: Request, settings: Settings): string | undefined {
  return deadlineWith(r, infoTerms(r.infoType, settings));
}

function deadlineWith(r: Request, terms: EffectiveInfoType | undefined): string | undefined {
  if (r.deadline) return r.deadline;
  return terms?.answerDays ? addDays(r.requestedAt, terms.answerDays) : undefined;
}

/** Unanswered requests past their deadline, and active plans whose planned review date has passed. */
export function detectDeadlinesPassed(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const today = dayOf(ctx.now);
  const flags: Flag[] = [];
  for (const r of ofKind(ctx, 'request')) {
    if (!WAITING.has(r.status) || r.answeredAt || !cprOf(r)) continue;
    const terms = termsIn(ctx, r.infoType);
    const deadline = deadlineWith(r, terms);
    if (!deadline || deadline >= today) continue;
    const late = daysBetween(deadline, today);
    const name = terms ? { da: typeNameDa(terms), en: typeNameEn(terms) } : { da: r.label, en: r.label };
    const who = whose(cprOf(r), ctx);
    flags.push(
      makeFlag({
        rule: 'deadline-passed',
        records: [r],
        now: ctx.now,
        reason:
          `${capitalise(name.da)}${who}, bestilt af ${unitDa(r)} ${dateDa(r.requestedAt)}, havde svarfrist ${dateDa(deadline)} ` +
          `og er endnu ikke besvaret (${days(late, 'da')} over fristen).`,
        reasonEn:
          `${capitalise(name.en)}${who}, requested by ${unitEn(r)} on ${dateEn(r.requestedAt)}, was due on ${dateEn(deadline)} ` +
          `and has not been answered (${days(late, 'en')} overdue).`,
      }),
    );
  }
  for (const p of ofKind(ctx, 'plan')) {
    if (p.status !== 'active' || !p.nextReview || p.nextReview >= today || !cprOf(p)) continue;
    const late = daysBetween(p.nextReview, today);
    const who = whose(cprOf(p), ctx);
    flags.push(
      makeFlag({
        rule: 'deadline-passed',
        records: [p],
        now: ctx.now,
        reason: `Opfølgning på ${p.title}${who} hos ${unitDa(p)} var planlagt til ${dateDa(p.nextReview)} og er ${days(late, 'da')} forsinket.`,
        reasonEn: `The review of ${p.title}${who} at ${unitEn(p)} was due on ${dateEn(p.nextReview)} and is ${days(late, 'en')} overdue.`,
      }),
    );
  }
  return flags;
}

export const deadlinePassed: Rule = { id: 'deadline-passed', detect: detectDeadlinesPassed };
