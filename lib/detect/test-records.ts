/**
 * Builders for rule tests: each record is parsed by the model's own schema, so a test can never pass on a record
 * the ingest would have rejected. Not imported by production code.
 */
import { CaseworkRecord, type RecordOf, type RecordStatus } from '../model/record';
import type { Sector } from '../model/sector';
import { defaultSettings, type Settings } from '../model/settings';
import type { DetectContext } from './types';

export const SYSTEM_OF: Record<Sector, string> = { job: 'momentum', children: 'dubu', adult: 'nexus', health: 'sundhed' };

type Common = { id: string; cpr: string; sector?: Sector; unit?: string; name?: string; stale?: boolean };

function base(kind: string, o: Common) {
  const sector = o.sector ?? 'job';
  const system = SYSTEM_OF[sector];
  return {
    kind,
    system,
    sector,
    nativeId: o.id,
    citizen: { cpr: o.cpr, ...(o.name ? { name: o.name } : {}) },
    provenance: { system, url: `http://localhost/${system}/${o.id}`, adapterId: system, adapterVersion: '1', seenAt: '2026-11-01T08:00' },
    ...(o.unit !== undefined || kind !== 'citizen' ? { responsible: { unit: o.unit ?? 'Team A' } } : {}),
  };
}

function parse<K extends CaseworkRecord['kind']>(raw: object, stale?: boolean): RecordOf<K> {
  const r = CaseworkRecord.parse(raw) as RecordOf<K>;
  return stale ? ({ ...r, stale: true } as RecordOf<K>) : r;
}

export function citizen(o: Omit<Common, 'unit'> & { name: string; relations?: { role: 'parent' | 'child' | 'sibling'; name: string; cpr?: string }[] }) {
  const { responsible: _, ...rest } = base('citizen', o) as ReturnType<typeof base> & { responsible?: unknown };
  return parse<'citizen'>({ ...rest, name: o.name, cpr: o.cpr, relations: o.relations ?? [] }, o.stale);
}

export function request(o: Common & { infoType: string; requestedAt: string; status?: RecordStatus; answeredAt?: string; deadline?: string; fee?: number; label?: string }) {
  const { infoType, requestedAt, answeredAt, deadline, fee } = o;
  return parse<'request'>(
    { ...base('request', o), infoType, label: o.label ?? infoType, requestedAt, status: o.status ?? 'pending', ...(answeredAt ? { answeredAt } : {}), ...(deadline ? { deadline } : {}), ...(fee !== undefined ? { fee } : {}) },
    o.stale,
  );
}

export function document(o: Common & { infoType: string; receivedAt: string; validUntil?: string; from?: string; title?: string }) {
  const { infoType, receivedAt, validUntil, from } = o;
  return parse<'document'>({ ...base('document', o), infoType, title: o.title ?? infoType, receivedAt, ...(validUntil ? { validUntil } : {}), ...(from ? { from } : {}) }, o.stale);
}

export function effort(o: Common & { title: string; category: string; status?: RecordStatus; start?: string; end?: string }) {
  const { title, category, start, end } = o;
  return parse<'effort'>({ ...base('effort', o), title, category, status: o.status ?? 'active', ...(start ? { start } : {}), ...(end ? { end } : {}) }, o.stale);
}

export function meeting(o: Common & { title?: string; at: string; status?: RecordStatus }) {
  return parse<'meeting'>({ ...base('meeting', o), title: o.title ?? 'Møde', at: o.at, status: o.status ?? 'planned' }, o.stale);
}

export function plan(o: Common & { title: string; status?: RecordStatus; nextReview?: string }) {
  return parse<'plan'>({ ...base('plan', o), title: o.title, status: o.status ?? 'active', ...(o.nextReview ? { nextReview: o.nextReview } : {}) }, o.stale);
}

export function context(records: CaseworkRecord[], now = '2026-11-20', settings: Partial<Settings> = {}): DetectContext {
  return { records, now, settings: { ...defaultSettings(), ...settings } };
}
