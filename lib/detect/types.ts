import type { CaseworkRecord, RecordOf } from '../model/record';
import type { Flag, FlagRule } from '../model/flag';
import type { Settings } from '../model/settings';

/**
 * All records of one citizen or one family scope, already linked (each record's citizen.cpr is the linked CPR).
 * Rules that look across people (parallel efforts) treat the whole context as one family.
 */
export type DetectContext = { records: CaseworkRecord[]; now: string; settings: Settings };

export type Rule = { id: FlagRule; detect: (ctx: DetectContext) => Flag[] };

export type PrecheckHit<K extends 'request' | 'document'> = { record: RecordOf<K>; reason: string; reasonEn: string };

/** What the form guard shows before a caseworker sends a new request. */
export type PrecheckResult = { duplicates: PrecheckHit<'request'>[]; onFile: PrecheckHit<'document'>[] };
