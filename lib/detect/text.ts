import type { CaseworkRecord } from '../model/record';
import type { Sector } from '../model/sector';
import { dayOf } from './dates';
import { peopleOf, type Prepared } from './records';

/**
 * Reason texts are read by caseworkers, not developers: sectors by the names they use, dates as they write them,
 * numbers up to ten in words.
 */

export const SECTOR_DA: Record<Sector, string> = {
  job: 'Jobcenter',
  children: 'Børn og Familie',
  adult: 'Voksen Social',
  health: 'Sundhed og Rehabilitering',
};
export const SECTOR_EN: Record<Sector, string> = {
  job: 'Jobcentre',
  children: 'Children and Family',
  adult: 'Adult Social Services',
  health: 'Health and Rehabilitation',
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 02-11-2026, as Danish case systems print dates. */
export function dateDa(iso: string): string {
  const d = dayOf(iso);
  return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
}

/** 2 Nov 2026: unambiguous for a reader of either day-month order. */
export function dateEn(iso: string): string {
  const d = dayOf(iso);
  return `${Number(d.slice(8, 10))} ${MONTHS_EN[Number(d.slice(5, 7)) - 1] ?? '?'} ${d.slice(0, 4)}`;
}

export function timeOf(isoDateTime: string): string | undefined {
  const t = isoDateTime.slice(11, 16);
  return /^\d{2}:\d{2}$/.test(t) ? t : undefined;
}

type WithUnit = Pick<CaseworkRecord, 'sector'> & { responsible?: { unit: string } };

/** "Jobcenter (Team Ressource)"; the unit alone is not enough when units of different sectors share names. */
export function unitDa(r: WithUnit): string {
  const unit = r.responsible?.unit;
  return unit && unit !== SECTOR_DA[r.sector] ? `${SECTOR_DA[r.sector]} (${unit})` : SECTOR_DA[r.sector];
}
export function unitEn(r: WithUnit): string {
  const unit = r.responsible?.unit;
  return unit && unit !== SECTOR_DA[r.sector] ? `${SECTOR_EN[r.sector]} (${unit})` : SECTOR_EN[r.sector];
}

export function listDa(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
export function listEn(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const NUMBERS_DA = ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'];
const NUMBERS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function numberDa(n: number): string {
  return NUMBERS_DA[n] ?? String(n);
}
export function numberEn(n: number): string {
  return NUMBERS_EN[n] ?? String(n);
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function timesEn(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${numberEn(n)} times`;
}

export function days(n: number, lang: 'da' | 'en'): string {
  if (lang === 'da') return n === 1 ? '1 dag' : `${n} dage`;
  return n === 1 ? '1 day' : `${n} days`;
}

/** "Hansen, Martin" reads as "Martin"; the given name is what a family's caseworkers use. */
function givenName(name: string): string {
  const i = name.indexOf(',');
  const ordered = i < 0 ? name : `${name.slice(i + 1).trim()} ${name.slice(0, i).trim()}`;
  return ordered.split(/\s+/)[0] ?? ordered;
}

/** The given name the sources show, or the masked CPR when none was shown. */
export function nameOf(cpr: string, ctx: Prepared): string {
  const name = peopleOf(ctx).names.get(cpr);
  return name ? givenName(name) : `${cpr.slice(0, 6)}-xxxx`;
}

/** In a family context a flag must say whose records it is about; for one citizen it would only be noise. */
export function whose(cpr: string | undefined, ctx: Prepared): string {
  return cpr && peopleOf(ctx).several ? ` for ${nameOf(cpr, ctx)}` : '';
}

export function severalPeople(ctx: Prepared): boolean {
  return peopleOf(ctx).several;
}
