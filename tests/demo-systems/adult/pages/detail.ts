/** VoksenNet record pages: /borger/:id/<kind>/:recordId shows every field of one record as a <dl>. */
import { html, type SafeHtml } from '../../shared/html';
import type { Citizen, SystemData } from '../../data/types';
import { CASE_STATUS, EFFORT_STATUS, MEETING_STATUS, PLAN_STATUS, REQUEST_STATUS, vnDate, vnDateTime, vnFee } from '../format';
import type { AdultTab } from '../layout';

export interface Detail {
  tab: AdultTab;
  title: string;
  body: SafeHtml;
}

const dl = (rows: [string, string][]): SafeHtml =>
  html`<dl class="vn-detaljer">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;

export function recordDetail(data: SystemData, c: Citizen, kind: string, id: string): Detail | null {
  const mine = <T extends { id: string; citizenId: string }>(list: T[]): T | undefined => list.find((r) => r.id === id && r.citizenId === c.id);
  const back = (tab: AdultTab, label: string): SafeHtml =>
    html`<p><a href="/borger/${encodeURIComponent(c.id)}${tab === 'overblik' ? '' : `/${tab}`}">Tilbage til ${label}</a></p>`;
  const resp = (w: { name: string; unit: string; phone: string; email: string }): [string, string][] => [
    ['Ansvarlig', w.name], ['Enhed', w.unit], ['Telefon', w.phone], ['E-mail', w.email],
  ];
  switch (kind) {
    case 'ydelser': {
      const r = mine(data.efforts);
      if (!r) return null;
      return { tab: 'ydelser', title: r.title, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.title}</h2>${dl([
        ['Ydelses-id', r.id], ['Paragraf', r.law ?? ''], ['Status', EFFORT_STATUS[r.status]], ['Bevilget fra', vnDate(r.start)], ['Bevilget til', vnDate(r.end)],
        ['Omfang', r.extent ?? ''], ['Indsatsmål', r.goal ?? ''], ['Leverandør', r.provider ?? ''], ...resp(r.responsible),
      ])}${back('ydelser', 'ydelser')}</section>` };
    }
    case 'forespoergsler': {
      const r = mine(data.requests);
      if (!r) return null;
      return { tab: 'forespoergsler', title: r.label, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.label}</h2>${dl([
        ['Forespørgsels-id', r.id], ['Modtager', r.recipient], ['Sendt', vnDate(r.requestedAt)], ['Svarfrist', vnDate(r.deadline)], ['Status', REQUEST_STATUS[r.status]],
        ['Svar modtaget', vnDate(r.answeredAt)], ['Honorar', vnFee(r.fee)], ['Begrundelse', r.note ?? ''], ...resp(r.responsible),
      ])}${back('forespoergsler', 'forespørgsler')}</section>` };
    }
    case 'dokumenter': {
      const r = mine(data.documents);
      if (!r) return null;
      return { tab: 'dokumenter', title: r.title, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.title}</h2>${dl([
        ['Dokument-id', r.id], ['Kategori', r.category], ['Afsender', r.from], ['Modtaget', vnDate(r.receivedAt)], ['Gyldig til', vnDate(r.validUntil)], ...resp(r.responsible),
      ])}${back('dokumenter', 'dokumenter')}</section>` };
    }
    case 'aftaler': {
      const r = mine(data.meetings);
      if (!r) return null;
      return { tab: 'aftaler', title: r.title, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.title}</h2>${dl([
        ['Aftale-id', r.id], ['Tidspunkt', vnDateTime(r.at)], ['Sted', r.place], ['Deltagere', r.participants.join(', ')], ['Status', MEETING_STATUS[r.status]], ...resp(r.responsible),
      ])}${back('aftaler', 'aftaler')}</section>` };
    }
    case 'handleplan': {
      const r = mine(data.plans);
      if (!r) return null;
      return { tab: 'handleplan', title: r.title, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.title}</h2>${dl([
        ['Plan-id', r.id], ['Paragraf', r.law ?? ''], ['Status', PLAN_STATUS[r.status]], ['Oprettet', vnDate(r.created)], ['Næste opfølgning', vnDate(r.nextReview)], ...resp(r.responsible),
      ])}<h3>Indsatsmål</h3><ul class="vn-maal">${r.goals.map((g) => html`<li>${g}</li>`)}</ul>${back('handleplan', 'handleplan')}</section>` };
    }
    case 'sager': {
      const r = mine(data.cases);
      if (!r) return null;
      return { tab: 'overblik', title: r.title, body: html`<section class="vn-kort vn-post" data-post-id="${r.id}"><h2>${r.title}</h2>${dl([
        ['Sags-id', r.id], ['Paragraf', r.law ?? ''], ['Status', CASE_STATUS[r.status]], ['Oprettet', vnDate(r.opened)], ['Lukket', vnDate(r.closed)], ...resp(r.responsible),
      ])}${back('overblik', 'borgeroverblik')}</section>` };
    }
    default:
      return null;
  }
}
