import type { Flag, FlagRule } from '../model/flag';
import { deadlinePassed } from './deadline-passed';
import { duplicateRequest } from './duplicate-request';
import { informationOnFile } from './information-on-file';
import { meetingCluster } from './meeting-cluster';
import { multiplePlans } from './multiple-plans';
import { parallelEfforts } from './parallel-efforts';
import { prepare } from './records';
import type { DetectContext, Rule } from './types';

export type { DetectContext, PrecheckHit, PrecheckResult, Rule } from './types';
export { checkNewRequest } from './precheck';
export { mergeFlagStatus, SYSTEM_ACTOR } from './merge';
export { flagId } from './flag';
export { requestDeadline, detectDeadlinesPassed } from './deadline-passed';
export { detectDuplicateRequests } from './duplicate-request';
export { detectInformationOnFile } from './information-on-file';
export { detectMeetingClusters, DEFAULT_MEETING_CLUSTER_DAYS } from './meeting-cluster';
export { detectMultiplePlans } from './multiple-plans';
export { detectParallelEfforts } from './parallel-efforts';

/** Every rule, in the order of FLAG_RULES (index.test.ts holds the two lists together). */
export const RULES = [duplicateRequest, informationOnFile, parallelEfforts, meetingCluster, multiplePlans, deadlinePassed] as const satisfies readonly Rule[];

export const RULES_BY_ID: Readonly<Record<FlagRule, Rule>> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<FlagRule, Rule>;

export function detectAll(context: DetectContext): Flag[] {
  const ctx = prepare(context);
  return RULES.flatMap((rule) => rule.detect(ctx));
}
