import { z } from 'zod';
import { CaseworkRecord, CprDigits, Flag, IsoDate, RECORD_KINDS, Sector, recordKey } from '../model';

/**
 * The shapes of the stored rows, as zod schemas: the same schema types the tables and validates an import file,
 * so a file can never put into the store something the code would not have written itself.
 */

/** ISO 8601 instant as written by `iso()`; stored as text so it sorts and indexes chronologically. */
export const Instant = z.string().min(1).refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date-time');

export const LINK_STATES = ['auto', 'suggested', 'confirmed', 'unlinked'] as const;
export const LinkState = z.enum(LINK_STATES);
export type LinkState = z.infer<typeof LinkState>;

export const CitizenRow = z.object({
  cpr: CprDigits,
  /** '' until a page shows the name; kept a string so every view can print it without a check. */
  name: z.string(),
  birthDate: IsoDate.optional(),
  firstSeen: Instant,
  lastSeen: Instant,
  familyId: z.string().min(1).optional(),
});
export type CitizenRow = z.infer<typeof CitizenRow>;

export const RecordRow = z
  .object({
    key: z.string().min(1),
    record: CaseworkRecord,
    // kind, system and sector repeat the record's own fields because IndexedDB can only index top-level paths here.
    kind: z.enum(RECORD_KINDS),
    system: z.string().min(1),
    sector: Sector,
    /** The linked citizen, or '' so unlinked rows still appear in the [citizenCpr+kind] index. */
    citizenCpr: z.union([CprDigits, z.literal('')]),
    linkState: LinkState,
    suggestedCpr: CprDigits.optional(),
    firstSeen: Instant,
    lastSeen: Instant,
    /** 0/1, not boolean: IndexedDB cannot index booleans, and the stale index must work. */
    stale: z.union([z.literal(0), z.literal(1)]),
    staleSince: Instant.optional(),
    /** The list scopes (ListSnapshot.scope) the record was seen in, so a complete list can tell what went missing. */
    listScopes: z.array(z.string()),
    /** Set when the row came from another caseworker's export rather than from a page this browser read. */
    importedFrom: z.string().optional(),
    importedAt: Instant.optional(),
  })
  .superRefine((row, ctx) => {
    const r = row.record;
    if (row.key !== recordKey(r)) ctx.addIssue({ code: 'custom', path: ['key'], message: `key does not match the record (${recordKey(r)})` });
    if (row.kind !== r.kind || row.system !== r.system || row.sector !== r.sector)
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'kind/system/sector do not match the record' });
    if ((row.linkState === 'auto' || row.linkState === 'confirmed') !== (row.citizenCpr !== ''))
      ctx.addIssue({ code: 'custom', path: ['citizenCpr'], message: `linkState ${row.linkState} does not fit citizenCpr '${row.citizenCpr}'` });
  });
export type RecordRow = z.infer<typeof RecordRow>;

export const RecordHistoryRow = z.object({
  id: z.number().int().optional(),
  recordKey: z.string().min(1),
  changedAt: Instant,
  /** The version that was replaced, whole, so any earlier state can be shown and traced to its page. */
  previous: CaseworkRecord,
  previousLastSeen: Instant.optional(),
});
export type RecordHistoryRow = z.infer<typeof RecordHistoryRow>;

export const LinkRow = z.object({
  recordKey: z.string().min(1),
  cpr: CprDigits,
  decision: z.enum(['confirmed', 'rejected']),
  by: z.string().min(1),
  at: Instant,
});
export type LinkRow = z.infer<typeof LinkRow>;

export const FamilyRow = z.object({
  id: z.string().min(1),
  members: z.array(CprDigits).min(1),
  updatedAt: Instant,
});
export type FamilyRow = z.infer<typeof FamilyRow>;

export const FlagRow = Flag;
export type FlagRow = Flag;

/**
 * The coordinator's Én plan. lib/model has no plan type yet, so goals and actions are kept open (objects the plan
 * module defines) and only the fields the store indexes or compares are fixed here.
 */
export const PlanRow = z.object({
  id: z.string().min(1),
  citizens: z.array(CprDigits).min(1),
  title: z.string().optional(),
  goals: z.array(z.looseObject({})),
  actions: z.array(z.looseObject({})),
  coordinator: z.looseObject({ name: z.string().min(1) }).optional(),
  coordinationLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  nextMeeting: z.string().optional(),
  updatedAt: Instant,
  updatedBy: z.string().min(1),
  version: z.number().int().nonnegative(),
});
export type PlanRow = z.infer<typeof PlanRow>;

export const PlanHistoryRow = z.object({
  planId: z.string().min(1),
  version: z.number().int().nonnegative(),
  savedAt: Instant,
  plan: PlanRow,
});
export type PlanHistoryRow = z.infer<typeof PlanHistoryRow>;

export const ConsentRow = z.object({
  id: z.string().min(1),
  citizenCpr: CprDigits,
  sectors: z.array(Sector).min(1),
  givenAt: Instant,
  givenBy: z.string().min(1),
  expires: z.string().optional(),
  withdrawnAt: Instant.optional(),
  withdrawnBy: z.string().optional(),
  legalBasisRef: z.string().min(1),
  note: z.string().optional(),
});
export type ConsentRow = z.infer<typeof ConsentRow>;

export const AUDIT_ACTIONS = [
  'view',
  'reveal-cpr',
  'export',
  'import',
  'delete',
  'consent-change',
  'continue-anyway',
  'search',
  'edit-plan',
  'flag-status',
  'rejected-message',
  'link-decision',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRow = z.object({
  id: z.number().int().optional(),
  at: Instant,
  user: z.string().min(1),
  citizenCpr: CprDigits.optional(),
  action: AuditAction,
  purpose: z.string().trim().min(1),
  detail: z.string(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export interface SettingRow {
  key: string;
  value: unknown;
}
