import type { RecordRow } from '../db/rows';
import type { CaseworkRecord } from '../model';
import type { OverviewRecord } from './source';

/** The day a record is "about": when it was requested, started, held, received, opened or created. */
export function eventDay(r: CaseworkRecord): string | undefined {
  switch (r.kind) {
    case 'case':
      return r.opened;
    case 'effort':
      return r.start;
    case 'request':
      return r.requestedAt;
    case 'document':
      return r.receivedAt;
    case 'meeting':
      return r.at.slice(0, 10);
    case 'plan':
      return r.created;
    default:
      return undefined;
  }
}

/** Undefined for an unlinked row: a record without a citizen cannot be counted for anyone. */
export function projectRecord(row: RecordRow): OverviewRecord | undefined {
  if (!row.citizenCpr) return undefined;
  const r = row.record;
  const out: OverviewRecord = { key: row.key, cpr: row.citizenCpr, kind: r.kind, sector: r.sector, system: r.system, source: row.importedFrom ?? '', stale: row.stale === 1 };
  if ('status' in r) out.status = r.status;
  if ('responsible' in r) {
    out.unit = r.responsible.unit;
    if (r.responsible.caseworker) out.caseworker = r.responsible.caseworker;
  } else if (r.kind === 'contact') out.unit = r.unit;
  const day = eventDay(r);
  if (day) out.date = day;
  if (r.kind === 'effort') out.category = r.category;
  if (r.kind === 'request' || r.kind === 'document') out.infoType = r.infoType;
  if (r.kind === 'request' && r.fee !== undefined) out.fee = r.fee;
  return out;
}
