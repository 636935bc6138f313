import { recordKey, type CaseworkRecord } from '../model/record';
import type { Flag, FlagRule } from '../model/flag';
import { cprOf } from './records';

/** Rule plus the sorted keys: detecting the same situation again yields the same id, whatever the input order. */
export function flagId(rule: FlagRule, keys: string[]): string {
  return `${rule}:${[...keys].sort().join('+')}`;
}

export function makeFlag(args: {
  rule: FlagRule;
  records: CaseworkRecord[];
  reason: string;
  reasonEn: string;
  now: string;
  feeAtStake?: number;
}): Flag {
  const keys = [...new Set(args.records.map(recordKey))].sort();
  const citizens = [...new Set(args.records.map(cprOf).filter((c): c is string => !!c))].sort();
  return {
    id: flagId(args.rule, keys),
    rule: args.rule,
    citizens,
    recordKeys: keys,
    reason: args.reason,
    reasonEn: args.reasonEn,
    status: 'open',
    detectedAt: args.now,
    ...(args.feeAtStake !== undefined ? { feeAtStake: args.feeAtStake } : {}),
  };
}
