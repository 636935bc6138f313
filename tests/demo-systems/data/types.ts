/** The demo dataset: one SystemData per demo case system, each with its own copies of citizens and its own ids. */

export const SYSTEM_KEYS = ['job', 'children', 'adult', 'health'] as const;
export type SystemKey = (typeof SYSTEM_KEYS)[number];

/** Same vocabulary as lib/model RecordStatus; each system shows its own words for it. */
export type Status = 'planned' | 'active' | 'pending' | 'answered' | 'closed' | 'cancelled';

export interface Person {
  /** Stable key: persona key (e.g. "trine") or "gen-<n>" for generated citizens. */
  key: string;
  firstName: string;
  lastName: string;
  /** 10 digits, no dash. Fictional. */
  cpr: string;
  birthDate: string;
  gender: 'female' | 'male';
  address: string;
  phone: string;
}

/** A caseworker or other municipal contact. `id` is the vendor's user id (initials + number). */
export interface Worker {
  id: string;
  name: string;
  role: string;
  unit: string;
  phone: string;
  email: string;
}

export interface Citizen {
  /** The system's own citizen id (used in URLs). */
  id: string;
  person: Person;
  /** Contacts for this citizen in this system; the first one is the primary caseworker. */
  contacts: Worker[];
  /** Extra labelled facts shown on the citizen's overview (Målgruppe, Skole, Fravær ...). */
  info: [string, string][];
  /** Children-and-family only: the family case and the person's role in it. */
  familyId?: string;
  familyRole?: 'parent' | 'child';
  /** The system knows this registration only by name and birth date: it shows the CPR masked (DDMMYY-xxxx). */
  cprMasked?: boolean;
}

export interface RecordBase {
  /** Native id in the system's own format. */
  id: string;
  citizenId: string;
  responsible: Worker;
}

export interface CaseRec extends RecordBase {
  title: string;
  law?: string;
  status: Status;
  opened: string;
  closed?: string;
}

export interface Effort extends RecordBase {
  typeCode: string;
  title: string;
  law?: string;
  status: Status;
  start: string;
  end?: string;
  goal?: string;
  /** Who delivers it (provider / leverandør). */
  provider?: string;
  /** Extent, e.g. "3 timer/uge". */
  extent?: string;
  /** Children-and-family: names of other family members the effort covers. */
  concerns?: string[];
}

export interface InfoRequest extends RecordBase {
  typeCode: string;
  /** The system's own label for the information type. */
  label: string;
  recipient: string;
  requestedAt: string;
  deadline?: string;
  status: Status;
  answeredAt?: string;
  /** Fee in kr. when the system shows one. */
  fee?: number;
  note?: string;
}

export interface DocumentRec extends RecordBase {
  title: string;
  category: string;
  from: string;
  receivedAt: string;
  validUntil?: string;
}

export interface Meeting extends RecordBase {
  title: string;
  /** YYYY-MM-DDTHH:MM, local municipal time. */
  at: string;
  place: string;
  participants: string[];
  status: Status;
}

export interface Plan extends RecordBase {
  title: string;
  law?: string;
  status: Status;
  created: string;
  nextReview?: string;
  goals: string[];
  /** Children-and-family: names of the family members the plan covers. */
  concerns?: string[];
}

export interface Family {
  id: string;
  name: string;
  /** Citizen ids of the members, parents first. */
  memberIds: string[];
}

export interface SystemData {
  system: SystemKey;
  citizens: Citizen[];
  families: Family[];
  cases: CaseRec[];
  efforts: Effort[];
  requests: InfoRequest[];
  documents: DocumentRec[];
  meetings: Meeting[];
  plans: Plan[];
  /** Running numbers for new ids, per kind. */
  counters: Record<string, number>;
}

export type RecordKind = 'case' | 'effort' | 'request' | 'document' | 'meeting' | 'plan';

export interface PersonaEntry {
  key: string;
  name: string;
  age: number;
  cpr: string;
  summary: string;
  /** Citizen id per system where the persona is present. */
  ids: Partial<Record<SystemKey, string>>;
  /** True for the control citizens that must never be flagged. */
  control: boolean;
  /** Registrations of the same person that show no full CPR (see data/without-cpr.ts), per system. */
  withoutCpr?: Partial<Record<SystemKey, string>>;
}

export interface Dataset {
  today: string;
  systems: Record<SystemKey, SystemData>;
  personas: PersonaEntry[];
  /** The benchmark citizen with many records on one page, per system. */
  large: { name: string; rows: number; ids: Record<SystemKey, string> };
}

export function emptySystem(system: SystemKey): SystemData {
  return { system, citizens: [], families: [], cases: [], efforts: [], requests: [], documents: [], meetings: [], plans: [], counters: {} };
}
