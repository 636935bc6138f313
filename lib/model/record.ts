import { z } from 'zod';
import { Sector } from './sector';

/** ISO calendar date, YYYY-MM-DD. Every parser turns Danish date formats into this. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** ISO date-time without zone (local municipal time), YYYY-MM-DDTHH:MM. */
export const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM');
/** A full CPR number as 10 digits, no dash. Never validated by modulus 11 (not all valid CPRs pass since 2007). */
export const CprDigits = z.string().regex(/^\d{10}$/, 'expected 10 CPR digits');

/** Where a record came from, so any fact can be traced back to the page that showed it. */
export const Provenance = z.object({
  system: z.string().min(1),
  url: z.string().min(1),
  adapterId: z.string().min(1),
  adapterVersion: z.string().min(1),
  seenAt: z.string().min(1),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * How a record points at its citizen. A full CPR links directly; a masked CPR or a name + birth date
 * can only ever give a suggested link that a caseworker confirms.
 */
export const CitizenRef = z
  .object({
    cpr: CprDigits.optional(),
    birthDate: IsoDate.optional(),
    name: z.string().min(1).optional(),
  })
  .refine((r) => r.cpr || r.birthDate || r.name, 'a citizen reference needs a CPR, a birth date or a name');
export type CitizenRef = z.infer<typeof CitizenRef>;

/** Who is responsible for a record in its sector: the unit always, the caseworker and contact details when shown. */
export const Responsible = z.object({
  unit: z.string().min(1),
  caseworker: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
});
export type Responsible = z.infer<typeof Responsible>;

export const LegalBasis = z.object({ law: z.string().min(1), section: z.string().min(1), text: z.string().min(1) });
export type LegalBasis = z.infer<typeof LegalBasis>;

export const RecordStatus = z.enum(['planned', 'active', 'pending', 'answered', 'closed', 'cancelled']);
export type RecordStatus = z.infer<typeof RecordStatus>;

const base = {
  system: z.string().min(1),
  sector: Sector,
  /** The id the source system itself uses; with system and kind it makes the record's stable key. */
  nativeId: z.string().min(1),
  citizen: CitizenRef,
  provenance: Provenance,
};

export const CitizenRecord = z.object({
  ...base,
  kind: z.literal('citizen'),
  name: z.string().min(1),
  cpr: CprDigits.optional(),
  birthDate: IsoDate.optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  /** Family relations as shown by the source (the children-and-family system shows parent and children). */
  relations: z
    .array(z.object({ role: z.enum(['parent', 'child', 'sibling']), name: z.string().min(1), cpr: CprDigits.optional(), birthDate: IsoDate.optional() }))
    .default([]),
});

export const CaseRecord = z.object({
  ...base,
  kind: z.literal('case'),
  title: z.string().min(1),
  legalBasis: LegalBasis.optional(),
  status: RecordStatus,
  opened: IsoDate.optional(),
  closed: IsoDate.optional(),
  responsible: Responsible,
});

/** Indsats: an effort or service given to the citizen. `category` comes from lib/taxonomy so sectors compare. */
export const EffortRecord = z.object({
  ...base,
  kind: z.literal('effort'),
  title: z.string().min(1),
  category: z.string().min(1),
  legalBasis: LegalBasis.optional(),
  status: RecordStatus,
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  goal: z.string().optional(),
  responsible: Responsible,
});

/** An information request (LÆ form, psychological assessment, school statement...). `infoType` from lib/taxonomy. */
export const RequestRecord = z.object({
  ...base,
  kind: z.literal('request'),
  infoType: z.string().min(1),
  label: z.string().min(1),
  requestedAt: IsoDate,
  deadline: IsoDate.optional(),
  answeredAt: IsoDate.optional(),
  status: RecordStatus,
  recipient: z.string().optional(),
  fee: z.number().nonnegative().optional(),
  responsible: Responsible,
});

/** Received document or information already on file. */
export const DocumentRecord = z.object({
  ...base,
  kind: z.literal('document'),
  infoType: z.string().min(1),
  title: z.string().min(1),
  receivedAt: IsoDate,
  validUntil: IsoDate.optional(),
  from: z.string().optional(),
  responsible: Responsible,
});

export const MeetingRecord = z.object({
  ...base,
  kind: z.literal('meeting'),
  title: z.string().min(1),
  at: IsoDateTime,
  place: z.string().optional(),
  participants: z.array(z.string()).default([]),
  status: RecordStatus,
  responsible: Responsible,
});

/** A sector's own action plan (handleplan, jobplan, ...), with the goals written in it. */
export const PlanRecord = z.object({
  ...base,
  kind: z.literal('plan'),
  title: z.string().min(1),
  status: RecordStatus,
  created: IsoDate.optional(),
  nextReview: IsoDate.optional(),
  legalBasis: LegalBasis.optional(),
  goals: z.array(z.string().min(1)).default([]),
  responsible: Responsible,
});

export const ContactRecord = z.object({
  ...base,
  kind: z.literal('contact'),
  name: z.string().min(1),
  role: z.string().optional(),
  unit: z.string().min(1),
  phone: z.string().optional(),
  email: z.string().optional(),
});

export const CaseworkRecord = z.discriminatedUnion('kind', [
  CitizenRecord,
  CaseRecord,
  EffortRecord,
  RequestRecord,
  DocumentRecord,
  MeetingRecord,
  PlanRecord,
  ContactRecord,
]);
export type CaseworkRecord = z.infer<typeof CaseworkRecord>;
export type RecordKind = CaseworkRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<CaseworkRecord, { kind: K }>;
export const RECORD_KINDS = ['citizen', 'case', 'effort', 'request', 'document', 'meeting', 'plan', 'contact'] as const satisfies readonly RecordKind[];

/** The stable key of a record: scraping the same thing twice must land on the same key. */
export function recordKey(r: Pick<CaseworkRecord, 'system' | 'kind' | 'nativeId'>): string {
  return `${r.system}|${r.kind}|${r.nativeId}`;
}
