/** BørneSag formats: CPR 0102031234 (no dash), dates 12.03.2026, times 09.30, names "Fornavn Efternavn". */
import { fmtDot, splitDateTime } from '../shared/dates';
import type { Person, Status } from '../data/types';

export const bsCpr = (p: Person): string => p.cpr;
export const bsName = (p: Person): string => `${p.firstName} ${p.lastName}`;
export const bsDate = (iso: string | undefined): string => (iso ? fmtDot(iso) : '');
export const bsMeetingDate = (at: string): string => fmtDot(splitDateTime(at).date);
export const bsTime = (at: string): string => splitDateTime(at).time.replace(':', '.');

export function bsFee(fee: number | undefined): string {
  return fee === undefined ? '' : `${fee.toLocaleString('da-DK')} kr.`;
}

export const EFFORT_STATUS: Record<Status, string> = { planned: 'Bevilget, ikke startet', active: 'Igangværende', closed: 'Afsluttet', cancelled: 'Annulleret', pending: 'Afventer', answered: 'Afsluttet' };
export const REQUEST_STATUS: Record<Status, string> = { planned: 'Afventer', active: 'Afventer', pending: 'Afventer', answered: 'Modtaget', closed: 'Modtaget', cancelled: 'Annulleret' };
export const MEETING_STATUS: Record<Status, string> = { planned: 'Indkaldt', active: 'Indkaldt', pending: 'Indkaldt', answered: 'Afholdt', closed: 'Afholdt', cancelled: 'Aflyst' };
export const PLAN_STATUS: Record<Status, string> = { planned: 'Kladde', active: 'Gældende', pending: 'Kladde', answered: 'Gældende', closed: 'Afsluttet', cancelled: 'Annulleret' };
export const CASE_STATUS: Record<Status, string> = { planned: 'Oprettet', active: 'Aktiv', pending: 'Aktiv', answered: 'Aktiv', closed: 'Afsluttet', cancelled: 'Annulleret' };

export function relationWord(p: Person, role: 'parent' | 'child' | undefined): string {
  if (role === 'parent') return p.gender === 'female' ? 'Mor' : 'Far';
  if (role === 'child') return p.gender === 'female' ? 'Datter' : 'Søn';
  return 'Person';
}
