import type { Flag } from '../model/flag';
import type { RecordOf } from '../model/record';
import { EFFORT_GROUPS, effortGroup, getEffortCategory, type EffortGroupId } from '../taxonomy/effort-categories';
import { makeFlag } from './flag';
import { byKey, compare, components, cprOf, groupBy, ofKind, prepare } from './records';
import { dateDa, dateEn, listDa, listEn, nameOf, severalPeople, unitDa, unitEn } from './text';
import { sameUnit } from './units';
import type { DetectContext, Rule } from './types';

type Effort = RecordOf<'effort'>;

/**
 * Catch-all categories say nothing about purpose: 'other' is whatever we could not classify, and 'treatment'
 * spans psychiatry, a pain clinic and an ADHD clinic, which run side by side for good reasons.
 */
const NOT_COMPARABLE: ReadonlySet<string> = new Set(['other', 'treatment']);
const RUNNING: ReadonlySet<string> = new Set(['active', 'planned']);

/** A missing start means "since before we know", a missing end "ongoing". */
function overlaps(a: Effort, b: Effort): boolean {
  return (a.start ?? '') <= (b.end ?? '\uffff') && (b.start ?? '') <= (a.end ?? '\uffff');
}

function areaName(efforts: Effort[], lang: 'da' | 'en'): string {
  const categories = [...new Set(efforts.map((e) => e.category))];
  const group = effortGroup(categories[0]!);
  if (categories.length > 1 && group in EFFORT_GROUPS) {
    const g = EFFORT_GROUPS[group as EffortGroupId];
    return lang === 'da' ? g.name : g.nameEn;
  }
  const c = getEffortCategory(categories[0]!);
  return c ? (lang === 'da' ? c.name : c.nameEn) : categories[0]!;
}

function period(e: Effort, lang: 'da' | 'en'): string {
  const d = lang === 'da' ? dateDa : dateEn;
  const [from, to] = lang === 'da' ? ['fra', 'til'] : ['from', 'to'];
  const planned = e.status === 'planned' ? (lang === 'da' ? ' (planlagt)' : ' (planned)') : '';
  if (e.start && e.end) return ` ${from} ${d(e.start)} ${to} ${d(e.end)}${planned}`;
  if (e.start) return ` ${from} ${d(e.start)}${planned}`;
  if (e.end) return ` ${to} ${d(e.end)}${planned}`;
  return planned;
}

/**
 * Running efforts with the same purpose from different units at the same time, for the citizen or across the
 * family in the context: the overlap a single plan would remove. A unit continuing its own effort is no overlap.
 */
export function detectParallelEfforts(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const efforts = ofKind(ctx, 'effort').filter((e) => RUNNING.has(e.status) && cprOf(e) && !NOT_COMPARABLE.has(e.category));
  const family = severalPeople(ctx);
  const flags: Flag[] = [];
  for (const samePurpose of groupBy(efforts, (e) => effortGroup(e.category)).values()) {
    if (samePurpose.length < 2) continue;
    samePurpose.sort(byKey);
    for (const group of components(samePurpose, (a, b) => !sameUnit(a, b) && overlaps(a, b))) {
      if (group.length < 2) continue;
      group.sort((a, b) => compare(a.start ?? '', b.start ?? '') || byKey(a, b));
      const who = (e: Effort) => (family ? ` for ${nameOf(cprOf(e)!, ctx)}` : '');
      const da = group.map((e) => `${e.title}${who(e)} hos ${unitDa(e)}${period(e, 'da')}`);
      const en = group.map((e) => `${e.title}${who(e)} at ${unitEn(e)}${period(e, 'en')}`);
      flags.push(
        makeFlag({
          rule: 'parallel-efforts',
          records: group,
          now: ctx.now,
          reason: `Parallelle indsatser (${areaName(group, 'da')}): ${listDa(da)}. Overvej at samle dem i én plan med én koordinator.`,
          reasonEn: `Parallel efforts (${areaName(group, 'en')}): ${listEn(en)}. Consider bringing them into one plan with one coordinator.`,
        }),
      );
    }
  }
  return flags;
}

export const parallelEfforts: Rule = { id: 'parallel-efforts', detect: detectParallelEfforts };
