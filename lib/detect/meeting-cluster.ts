import type { Flag } from '../model/flag';
import type { RecordOf } from '../model/record';
import { daysBetween } from './dates';
import { makeFlag } from './flag';
import { byKey, compare, components, cprOf, groupBy, ofKind, prepare } from './records';
import { capitalise, dateDa, dateEn, days, listDa, listEn, numberDa, numberEn, timeOf, unitDa, unitEn, whose } from './text';
import { sameUnit, unitCount } from './units';
import type { DetectContext, Rule } from './types';

type Meeting = RecordOf<'meeting'>;

const UPCOMING: ReadonlySet<string> = new Set(['planned', 'active']);
export const DEFAULT_MEETING_CLUSTER_DAYS = 7;

function when(m: Meeting, lang: 'da' | 'en'): string {
  const t = timeOf(m.at);
  return lang === 'da' ? `${dateDa(m.at)}${t ? ` kl. ${t}` : ''}` : `${dateEn(m.at)}${t ? ` at ${t}` : ''}`;
}

/**
 * Meetings of one citizen in different units within a few days: the citizen (often the one least able to keep
 * appointments) has to turn up at each; one joint meeting would do. Counted in calendar days, so with the
 * default 7 a Monday and the next Monday cluster, a Monday and the Tuesday after do not.
 */
export function detectMeetingClusters(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  const window = ctx.settings.meetingClusterDays ?? DEFAULT_MEETING_CLUSTER_DAYS;
  const meetings = ofKind(ctx, 'meeting').filter((m) => UPCOMING.has(m.status));
  const flags: Flag[] = [];
  for (const own of groupBy(meetings, cprOf).values()) {
    if (own.length < 2) continue;
    own.sort((a, b) => compare(a.at, b.at) || byKey(a, b));
    for (const group of components(own, (a, b) => !sameUnit(a, b) && Math.abs(daysBetween(a.at, b.at)) <= window)) {
      if (group.length < 2) continue;
      const span = daysBetween(group[0]!.at, group[group.length - 1]!.at);
      const units = unitCount(group);
      const who = whose(cprOf(group[0]!), ctx);
      const within = span === 0 ? { da: 'samme dag', en: 'on the same day' } : { da: `inden for ${days(span, 'da')}`, en: `within ${days(span, 'en')}` };
      flags.push(
        makeFlag({
          rule: 'meeting-cluster',
          records: group,
          now: ctx.now,
          reason:
            `${capitalise(numberDa(group.length))} møder${who} ${within.da} i ${numberDa(units)} forskellige enheder: ` +
            `${listDa(group.map((m) => `${m.title} hos ${unitDa(m)} ${when(m, 'da')}`))}. Overvej ét fælles møde.`,
          reasonEn:
            `${capitalise(numberEn(group.length))} meetings${who} ${within.en} in ${numberEn(units)} different units: ` +
            `${listEn(group.map((m) => `${m.title} at ${unitEn(m)} on ${when(m, 'en')}`))}. Consider one joint meeting.`,
        }),
      );
    }
  }
  return flags;
}

export const meetingCluster: Rule = { id: 'meeting-cluster', detect: detectMeetingClusters };
