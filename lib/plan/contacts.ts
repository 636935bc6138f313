import type { CaseworkRecord, Sector } from '../model';
import type { Coordinator } from './types';

/** Someone to call: a caseworker or a unit, with phone and e-mail exactly as the systems show them. */
export interface PlanContact {
  name?: string;
  role?: string;
  unit: string;
  /** Absent only for a coordinator typed in by hand without a sector. */
  sector?: Sector;
  phone?: string;
  email?: string;
  systems: string[];
  /** How many records name this contact (as responsible or as a contact record). */
  records: number;
  coordinator?: boolean;
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every caseworker and unit involved with the citizen: contact records plus each record's responsible. One entry per
 * person and unit; a phone or e-mail shown on one page fills the gap on another, but is never changed.
 */
export function collectContacts(records: readonly CaseworkRecord[], coordinator?: Coordinator): PlanContact[] {
  const byKey = new Map<string, PlanContact>();
  const add = (c: Omit<PlanContact, 'systems' | 'records'>, system: string) => {
    const key = `${c.sector}|${norm(c.unit)}|${norm(c.name)}`;
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, { ...stripEmpty(c), systems: [system], records: 1 });
      return;
    }
    have.records++;
    if (!have.systems.includes(system)) have.systems.push(system);
    for (const f of ['phone', 'email', 'role'] as const) if (!have[f] && c[f]) have[f] = c[f];
  };
  for (const r of records) {
    if (r.kind === 'contact') add({ name: r.name, role: r.role, unit: r.unit, sector: r.sector, phone: r.phone, email: r.email }, r.system);
    else if ('responsible' in r && r.responsible)
      add({ name: r.responsible.caseworker, unit: r.responsible.unit, sector: r.sector, phone: r.responsible.phone, email: r.responsible.email }, r.system);
  }
  // A unit listed on its own, when the same unit also appears with a named caseworker, adds nothing but its phone.
  for (const [key, c] of byKey) {
    if (c.name) continue;
    const named = [...byKey.values()].filter((o) => o !== c && o.name && o.sector === c.sector && norm(o.unit) === norm(c.unit));
    if (named.length && !c.phone && !c.email) byKey.delete(key);
  }
  const list = [...byKey.values()];
  if (coordinator) {
    const match = list.find((c) => norm(c.name) === norm(coordinator.name) && (!coordinator.unit || norm(c.unit) === norm(coordinator.unit)));
    if (match) match.coordinator = true;
    else if (coordinator.unit || coordinator.phone || coordinator.email)
      list.push({ ...stripEmpty({ name: coordinator.name, unit: coordinator.unit ?? '', sector: coordinator.sector, phone: coordinator.phone, email: coordinator.email }), systems: [], records: 0, coordinator: true });
  }
  return list.sort((a, b) => Number(b.coordinator ?? false) - Number(a.coordinator ?? false) || (a.sector ?? '').localeCompare(b.sector ?? '') || a.unit.localeCompare(b.unit, 'da') || (a.name ?? '').localeCompare(b.name ?? '', 'da'));
}

function stripEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
