/** JobSag formats: CPR 010203-1234, dates 12-03-2026, names "Efternavn, Fornavn", fees "1.544,00 kr.". */
import { cprDash } from '../shared/cpr';
import { fmtDash, splitDateTime } from '../shared/dates';
import type { Person, Status } from '../data/types';

export const jobCpr = (p: Person): string => cprDash(p.cpr);
export const jobName = (p: Person): string => `${p.lastName}, ${p.firstName}`;
export const jobDate = (iso: string | undefined): string => (iso ? fmtDash(iso) : '');
export const jobTime = (at: string): string => splitDateTime(at).time;
export const jobMeetingDate = (at: string): string => fmtDash(splitDateTime(at).date);

export function jobFee(fee: number | undefined): string {
  if (fee === undefined) return '';
  const [int = '0', dec = '00'] = fee.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec} kr.`;
}

export const EFFORT_STATUS: Record<Status, string> = { planned: 'Planlagt', active: 'Aktiv', closed: 'Afsluttet', cancelled: 'Annulleret', pending: 'Afventer', answered: 'Besvaret' };
export const REQUEST_STATUS: Record<Status, string> = { planned: 'Planlagt', active: 'Afventer svar', pending: 'Afventer svar', answered: 'Besvaret', closed: 'Besvaret', cancelled: 'Annulleret' };
export const MEETING_STATUS: Record<Status, string> = { planned: 'Planlagt', active: 'Planlagt', pending: 'Planlagt', answered: 'Afholdt', closed: 'Afholdt', cancelled: 'Aflyst' };
export const PLAN_STATUS: Record<Status, string> = { planned: 'Under udarbejdelse', active: 'Aktiv', pending: 'Under udarbejdelse', answered: 'Aktiv', closed: 'Afsluttet', cancelled: 'Annulleret' };
export const CASE_STATUS: Record<Status, string> = { planned: 'Oprettet', active: 'Åben', pending: 'Åben', answered: 'Åben', closed: 'Lukket', cancelled: 'Annulleret' };
