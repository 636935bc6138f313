import { z } from 'zod';

export const FLAG_RULES = [
  'duplicate-request',
  'information-on-file',
  'parallel-efforts',
  'meeting-cluster',
  'multiple-plans',
  'deadline-passed',
] as const;
export const FlagRule = z.enum(FLAG_RULES);
export type FlagRule = z.infer<typeof FlagRule>;

export const FlagStatus = z.enum(['open', 'acknowledged', 'dismissed', 'resolved']);
export type FlagStatus = z.infer<typeof FlagStatus>;

/**
 * A flag rests on records (by recordKey) and says why in plain Danish. Its id is derived from the rule and the
 * records, so detecting the same situation again finds the same flag and keeps its status.
 */
export const Flag = z.object({
  id: z.string().min(1),
  rule: FlagRule,
  /** Every citizen the flag concerns (normalised CPR digits); a family flag names several. */
  citizens: z.array(z.string()).min(1),
  recordKeys: z.array(z.string()).min(1),
  reason: z.string().min(1),
  reasonEn: z.string().min(1),
  status: FlagStatus,
  statusNote: z.string().optional(),
  statusBy: z.string().optional(),
  statusAt: z.string().optional(),
  detectedAt: z.string(),
  /** Estimated fee at stake (kr.), for the team lead's savings figures. */
  feeAtStake: z.number().nonnegative().optional(),
});
export type Flag = z.infer<typeof Flag>;

const STATUS_ORDER: Record<FlagStatus, number> = { open: 0, acknowledged: 1, dismissed: 2, resolved: 3 };

/** The order flags are listed in wherever a caseworker sees them: open first, then by rule. */
export function compareFlags(a: Pick<Flag, 'id' | 'rule' | 'status'>, b: Pick<Flag, 'id' | 'rule' | 'status'>): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id);
}
