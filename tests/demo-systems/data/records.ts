/**
 * Adding citizens and records to one system's data. Used by the persona script, the generator and the forms
 * (POST handlers), so a record created through a form looks exactly like a seeded one.
 */
import { addDays } from '../shared/dates';
import { effortType, requestType } from './catalog';
import { nextId } from './ids';
import type { CaseRec, Citizen, DocumentRec, Effort, Family, InfoRequest, Meeting, Person, Plan, Status, SystemData, Worker } from './types';

function primary(c: Citizen): Worker {
  const w = c.contacts[0];
  if (!w) throw new Error(`citizen ${c.id} has no contact`);
  return w;
}

export function addCitizen(
  sys: SystemData,
  person: Person,
  opts: { contacts: Worker[]; info?: [string, string][]; familyRole?: 'parent' | 'child' },
): Citizen {
  const c: Citizen = { id: nextId(sys, 'citizen'), person, contacts: opts.contacts, info: opts.info ?? [] };
  if (opts.familyRole) c.familyRole = opts.familyRole;
  sys.citizens.push(c);
  return c;
}

export function addFamily(sys: SystemData, name: string, members: Citizen[]): Family {
  const f: Family = { id: nextId(sys, 'family'), name, memberIds: members.map((m) => m.id) };
  for (const m of members) m.familyId = f.id;
  sys.families.push(f);
  return f;
}

export function addCase(
  sys: SystemData,
  c: Citizen,
  i: { title: string; law?: string; status: Status; opened: string; closed?: string; responsible?: Worker },
): CaseRec {
  const r: CaseRec = { id: nextId(sys, 'case'), citizenId: c.id, responsible: i.responsible ?? primary(c), title: i.title, status: i.status, opened: i.opened };
  if (i.law) r.law = i.law;
  if (i.closed) r.closed = i.closed;
  sys.cases.push(r);
  return r;
}

export interface EffortInput {
  type: string;
  status: Status;
  start: string;
  end?: string;
  goal?: string;
  extent?: string;
  title?: string;
  concerns?: string[];
  responsible?: Worker;
}

export function addEffort(sys: SystemData, c: Citizen, i: EffortInput): Effort {
  const t = effortType(sys.system, i.type);
  const r: Effort = {
    id: nextId(sys, 'effort'),
    citizenId: c.id,
    responsible: i.responsible ?? primary(c),
    typeCode: t.code,
    title: i.title ?? t.title,
    law: t.law,
    status: i.status,
    start: i.start,
    provider: t.provider,
  };
  if (i.end) r.end = i.end;
  if (i.goal) r.goal = i.goal;
  if (i.extent) r.extent = i.extent;
  if (i.concerns && i.concerns.length) r.concerns = i.concerns;
  sys.efforts.push(r);
  return r;
}

export interface RequestInput {
  type: string;
  requestedAt: string;
  status: Status;
  answeredAt?: string;
  deadline?: string;
  recipient?: string;
  note?: string;
  responsible?: Worker;
}

export function addRequest(sys: SystemData, c: Citizen, i: RequestInput): InfoRequest {
  const t = requestType(sys.system, i.type);
  const r: InfoRequest = {
    id: nextId(sys, 'request'),
    citizenId: c.id,
    responsible: i.responsible ?? primary(c),
    typeCode: t.code,
    label: t.label,
    recipient: i.recipient ?? t.defaultRecipient,
    requestedAt: i.requestedAt,
    deadline: i.deadline ?? addDays(i.requestedAt, t.deadlineDays),
    status: i.status,
  };
  if (t.fee !== undefined) r.fee = t.fee;
  if (i.answeredAt) r.answeredAt = i.answeredAt;
  if (i.note) r.note = i.note;
  sys.requests.push(r);
  return r;
}

export function addDocument(
  sys: SystemData,
  c: Citizen,
  i: { title: string; category: string; from: string; receivedAt: string; validUntil?: string; responsible?: Worker },
): DocumentRec {
  const r: DocumentRec = {
    id: nextId(sys, 'document'),
    citizenId: c.id,
    responsible: i.responsible ?? primary(c),
    title: i.title,
    category: i.category,
    from: i.from,
    receivedAt: i.receivedAt,
  };
  if (i.validUntil) r.validUntil = i.validUntil;
  sys.documents.push(r);
  return r;
}

export function addMeeting(
  sys: SystemData,
  c: Citizen,
  i: { title: string; at: string; place: string; participants: string[]; status?: Status; responsible?: Worker },
): Meeting {
  const r: Meeting = {
    id: nextId(sys, 'meeting'),
    citizenId: c.id,
    responsible: i.responsible ?? primary(c),
    title: i.title,
    at: i.at,
    place: i.place,
    participants: i.participants,
    status: i.status ?? 'planned',
  };
  sys.meetings.push(r);
  return r;
}

export function addPlan(
  sys: SystemData,
  c: Citizen,
  i: { title: string; law?: string; status: Status; created: string; nextReview?: string; goals: string[]; concerns?: string[]; responsible?: Worker },
): Plan {
  const r: Plan = {
    id: nextId(sys, 'plan'),
    citizenId: c.id,
    responsible: i.responsible ?? primary(c),
    title: i.title,
    status: i.status,
    created: i.created,
    goals: i.goals,
  };
  if (i.law) r.law = i.law;
  if (i.nextReview) r.nextReview = i.nextReview;
  if (i.concerns && i.concerns.length) r.concerns = i.concerns;
  sys.plans.push(r);
  return r;
}

/** Lookup helpers for the servers. */
export function findCitizen(sys: SystemData, id: string): Citizen | undefined {
  return sys.citizens.find((c) => c.id === id);
}

export function recordsOf<T extends { citizenId: string }>(list: T[], citizenId: string): T[] {
  return list.filter((r) => r.citizenId === citizenId);
}

export const fullName = (p: Person): string => `${p.firstName} ${p.lastName}`;
export const nameLastFirst = (p: Person): string => `${p.lastName}, ${p.firstName}`;
