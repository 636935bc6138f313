/**
 * SundhedsPortalen JSON API (Danish keys). All dates ISO (YYYY-MM-DD), times YYYY-MM-DDTHH:MM; the client renders
 * them in mixed formats. Status codes: planlagt | aktiv | afventer | besvaret | afsluttet | annulleret.
 */
import { CATALOG } from '../data/catalog';
import { addEffort, addMeeting, addRequest, fullName, recordsOf } from '../data/records';
import type { Citizen, DocumentRec, Effort, InfoRequest, Meeting, Plan, Status, SystemData, Worker } from '../data/types';
import { isIsoDate, parseTime } from '../shared/dates';
import { cprMasked } from '../shared/cpr';

const STATUS: Record<Status, string> = { planned: 'planlagt', active: 'aktiv', pending: 'afventer', answered: 'besvaret', closed: 'afsluttet', cancelled: 'annulleret' };

const worker = (w: Worker) => ({ id: w.id, navn: w.name, rolle: w.role, enhed: w.unit, telefon: w.phone, email: w.email });

export const citizenSummary = (c: Citizen) => ({ id: c.id, navn: fullName(c.person), cpr: c.cprMasked ? cprMasked(c.person.cpr) : c.person.cpr, foedselsdato: c.person.birthDate });

export const citizenJson = (c: Citizen) => ({
  ...citizenSummary(c),
  fornavn: c.person.firstName,
  efternavn: c.person.lastName,
  adresse: c.person.address,
  telefon: c.person.phone,
  oplysninger: c.info.map(([felt, vaerdi]) => ({ felt, vaerdi })),
  kontakter: c.contacts.map(worker),
});

export const effortJson = (r: Effort) => ({
  id: r.id, type: r.typeCode, titel: r.title, lovgrundlag: r.law ?? null, status: STATUS[r.status], start: r.start, slut: r.end ?? null,
  maal: r.goal ?? null, omfang: r.extent ?? null, udfoerer: r.provider ?? null, ansvarlig: worker(r.responsible),
});
export const requestJson = (r: InfoRequest) => ({
  id: r.id, type: r.typeCode, betegnelse: r.label, modtager: r.recipient, anmodet: r.requestedAt, frist: r.deadline ?? null, status: STATUS[r.status],
  besvaret: r.answeredAt ?? null, gebyr: r.fee ?? null, note: r.note ?? null, ansvarlig: worker(r.responsible),
});
export const documentJson = (r: DocumentRec) => ({
  id: r.id, titel: r.title, kategori: r.category, afsender: r.from, modtaget: r.receivedAt, gyldigTil: r.validUntil ?? null, ansvarlig: worker(r.responsible),
});
export const meetingJson = (r: Meeting) => ({
  id: r.id, titel: r.title, tidspunkt: r.at, sted: r.place, deltagere: r.participants, status: STATUS[r.status], ansvarlig: worker(r.responsible),
});
export const planJson = (r: Plan) => ({
  id: r.id, titel: r.title, lovgrundlag: r.law ?? null, status: STATUS[r.status], oprettet: r.created, naesteOpfoelgning: r.nextReview ?? null,
  maal: r.goals, ansvarlig: worker(r.responsible),
});

export function listFor(data: SystemData, c: Citizen, kind: string): unknown[] | null {
  switch (kind) {
    case 'forloeb': return recordsOf(data.efforts, c.id).sort((a, b) => b.start.localeCompare(a.start)).map(effortJson);
    case 'anmodninger': return recordsOf(data.requests, c.id).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)).map(requestJson);
    case 'udtalelser': return recordsOf(data.documents, c.id).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).map(documentJson);
    case 'aftaler': return recordsOf(data.meetings, c.id).sort((a, b) => b.at.localeCompare(a.at)).map(meetingJson);
    case 'planer': return recordsOf(data.plans, c.id).map(planJson);
    default: return null;
  }
}

export const typesJson = () => ({
  anmodninger: CATALOG.health.requestTypes.map((t) => ({ kode: t.code, betegnelse: t.label, modtager: t.defaultRecipient, fristDage: t.deadlineDays, gebyr: t.fee ?? null })),
  forloeb: CATALOG.health.effortTypes.map((t) => ({ kode: t.code, titel: t.title, lovgrundlag: t.law })),
  aftaler: CATALOG.health.meetingSubjects,
});

type Result = { ok: true; record: unknown } | { ok: false; fejl: string };
const str = (body: Record<string, unknown>, k: string): string => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');

export function createFromJson(data: SystemData, c: Citizen, kind: string, raw: unknown, today: string): Result | null {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  switch (kind) {
    case 'anmodninger': {
      const t = CATALOG.health.requestTypes.find((x) => x.code === str(body, 'type'));
      if (!t) return { ok: false, fejl: 'Ukendt type' };
      const r = addRequest(data, c, { type: t.code, requestedAt: today, status: 'pending', recipient: str(body, 'modtager') || t.defaultRecipient, ...(str(body, 'note') ? { note: str(body, 'note') } : {}) });
      return { ok: true, record: requestJson(r) };
    }
    case 'forloeb': {
      const t = CATALOG.health.effortTypes.find((x) => x.code === str(body, 'type'));
      if (!t) return { ok: false, fejl: 'Ukendt forløbstype' };
      const start = str(body, 'start');
      const end = str(body, 'slut');
      if (!isIsoDate(start)) return { ok: false, fejl: 'Start skal være en dato (ÅÅÅÅ-MM-DD)' };
      if (end && (!isIsoDate(end) || end < start)) return { ok: false, fejl: 'Slut er ugyldig' };
      const r = addEffort(data, c, {
        type: t.code, status: start > today ? 'planned' : 'active', start,
        ...(end ? { end } : {}), ...(str(body, 'maal') ? { goal: str(body, 'maal') } : {}), ...(str(body, 'omfang') ? { extent: str(body, 'omfang') } : {}),
      });
      return { ok: true, record: effortJson(r) };
    }
    case 'aftaler': {
      const titel = str(body, 'titel');
      const [d = '', tm = ''] = str(body, 'tidspunkt').split('T');
      const time = parseTime(tm);
      const sted = str(body, 'sted');
      if (!titel || !isIsoDate(d) || !time || !sted) return { ok: false, fejl: 'Titel, tidspunkt og sted skal udfyldes' };
      const deltagere = Array.isArray(body.deltagere) ? body.deltagere.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
      const r = addMeeting(data, c, { title: titel, at: `${d}T${time}`, place: sted, participants: deltagere });
      return { ok: true, record: meetingJson(r) };
    }
    default:
      return null;
  }
}
