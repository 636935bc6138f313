import type { Flag } from '../model/flag';
import { makeFlag } from './flag';
import { byKey, cprOf, groupBy, ofKind, prepare } from './records';
import { capitalise, listDa, listEn, numberDa, numberEn, unitDa, unitEn, whose } from './text';
import type { DetectContext, Rule } from './types';

/** The experiment's whole point: one plan per citizen. Each sector's own active plan beyond the first is overlap. */
export function detectMultiplePlans(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const plans = ofKind(ctx, 'plan').filter((p) => p.status === 'active');
  const flags: Flag[] = [];
  for (const own of groupBy(plans, cprOf).values()) {
    if (own.length < 2) continue;
    own.sort(byKey);
    const who = whose(cprOf(own[0]!), ctx);
    flags.push(
      makeFlag({
        rule: 'multiple-plans',
        records: own,
        now: ctx.now,
        reason: `${capitalise(numberDa(own.length))} aktive planer${who}: ${listDa(own.map((p) => `${p.title} hos ${unitDa(p)}`))}. Målet er én samlet plan med borgeren.`,
        reasonEn: `${capitalise(numberEn(own.length))} active plans${who}: ${listEn(own.map((p) => `${p.title} at ${unitEn(p)}`))}. The aim is one joint plan with the citizen.`,
      }),
    );
  }
  return flags;
}

export const multiplePlans: Rule = { id: 'multiple-plans', detect: detectMultiplePlans };
