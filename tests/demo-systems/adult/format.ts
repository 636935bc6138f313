/** VoksenNet formats: CPR masked 010203-xxxx in lists, full "CPR: 010203-1234" in the citizen header; dates "12. marts 2026". */
import { cprDash, cprMasked } from '../shared/cpr';
import { fmtLongDa, splitDateTime } from '../shared/dates';
import type { Person, Status } from '../data/types';

export const vnName = (p: Person): string => `${p.firstName} ${p.lastName}`;
export const vnCprFull = (p: Person): string => cprDash(p.cpr);
export const vnCprMasked = (p: Person): string => cprMasked(p.cpr);
export const vnDate = (iso: string | undefined): string => (iso ? fmtLongDa(iso) : '');
export const vnDateTime = (at: string): string => {
  const { date, time } = splitDateTime(at);
  return `${fmtLongDa(date)}, kl. ${time.replace(':', '.')}`;
};
export const vnFee = (fee: number | undefined): string => (fee === undefined ? '' : `kr. ${fee.toLocaleString('da-DK')}`);

export const EFFORT_STATUS: Record<Status, string> = { planned: 'Visiteret', active: 'Aktiv', closed: 'Ophørt', cancelled: 'Annulleret', pending: 'Visiteret', answered: 'Ophørt' };
export const REQUEST_STATUS: Record<Status, string> = { planned: 'Sendt – afventer svar', active: 'Sendt – afventer svar', pending: 'Sendt – afventer svar', answered: 'Svar modtaget', closed: 'Svar modtaget', cancelled: 'Annulleret' };
export const MEETING_STATUS: Record<Status, string> = { planned: 'Booket', active: 'Booket', pending: 'Booket', answered: 'Gennemført', closed: 'Gennemført', cancelled: 'Aflyst' };
export const PLAN_STATUS: Record<Status, string> = { planned: 'Kladde', active: 'Aktiv', pending: 'Kladde', answered: 'Aktiv', closed: 'Afsluttet', cancelled: 'Annulleret' };
export const CASE_STATUS: Record<Status, string> = { planned: 'Oprettet', active: 'Åben', pending: 'Åben', answered: 'Åben', closed: 'Lukket', cancelled: 'Annulleret' };
