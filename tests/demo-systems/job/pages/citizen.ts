/** JobSag citizen pages: overview, efforts, information requests, documents, meetings, Min Plan. */
import { html, type SafeHtml } from '../../shared/html';
import { recordsOf } from '../../data/records';
import type { Citizen, SystemData, Worker } from '../../data/types';
import {
  CASE_STATUS, EFFORT_STATUS, MEETING_STATUS, PLAN_STATUS, REQUEST_STATUS,
  jobCpr, jobDate, jobFee, jobMeetingDate, jobName, jobTime,
} from '../format';
import { grid, jobPage } from '../layout';
import { paginate } from '../pager';

const who = (w: Worker): [string, string, string] => [w.unit, w.name, w.phone];
const RESP = ['Ansvarlig enhed', 'Sagsbehandler', 'Telefon'];

function flash(url: URL, what: string): string | null {
  const id = url.searchParams.get('oprettet');
  return id ? `${what} ${id} er oprettet.` : null;
}

const newButton = (href: string, label: string): SafeHtml => html`<p class="js-handlinger"><a class="js-knap" href="${href}">${label}</a></p>`;

export function overviewPage(data: SystemData, c: Citizen): SafeHtml {
  const p = c.person;
  const cases = recordsOf(data.cases, c.id);
  const body = html`<section class="js-panel"><h2>Stamdata</h2>
<dl class="js-stamdata">
  <dt>Navn</dt><dd>${jobName(p)}</dd>
  <dt>CPR-nr.</dt><dd>${jobCpr(p)}</dd>
  <dt>Fødselsdato</dt><dd>${jobDate(p.birthDate)}</dd>
  <dt>Adresse</dt><dd>${p.address}</dd>
  <dt>Telefon</dt><dd>${p.phone}</dd>
  ${c.info.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
</dl></section>
<section class="js-panel"><h2>Sager</h2>
${grid('sager', 'Sager', ['Sagsnr.', 'Sagstitel', 'Lovgrundlag', 'Status', 'Oprettet', 'Afsluttet', ...RESP], cases.map((r) => ({
  id: r.id,
  cells: [r.id, r.title, r.law ?? '', CASE_STATUS[r.status], jobDate(r.opened), jobDate(r.closed), ...who(r.responsible)],
})))}
</section>
<section class="js-panel js-kontakt"><h2>Kontaktpersoner</h2>
${grid('kontakter', 'Kontaktpersoner i jobcenteret', ['Navn', 'Rolle', 'Enhed', 'Telefon', 'E-mail'], c.contacts.map((w) => ({
  id: w.id,
  cells: [w.name, w.role, w.unit, w.phone, html`<a href="mailto:${w.email}">${w.email}</a>`],
})))}
</section>`;
  return jobPage({ title: `${jobName(p)} – Overblik`, citizen: c, tab: 'oversigt', body });
}

export function effortsPage(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const all = recordsOf(data.efforts, c.id).sort((a, b) => b.start.localeCompare(a.start));
  const paged = paginate(all, url);
  const body = html`<section class="js-panel"><h2>Indsatser</h2>
${newButton(`/borger/${encodeURIComponent(c.id)}/indsatser/ny`, 'Opret indsats')}
${paged.nav}
${grid('indsatser', `Indsatser (${all.length})`, ['Indsats', 'Lovgrundlag', 'Status', 'Startdato', 'Slutdato', 'Omfang', 'Mål', 'Leverandør', ...RESP], paged.rows.map((r) => ({
  id: r.id,
  cells: [r.title, r.law ?? '', EFFORT_STATUS[r.status], jobDate(r.start), jobDate(r.end), r.extent ?? '', r.goal ?? '', r.provider ?? '', ...who(r.responsible)],
})))}
${paged.nav}
</section>`;
  return jobPage({ title: `${jobName(c.person)} – Indsatser`, citizen: c, tab: 'indsatser', body, flash: flash(url, 'Indsats') });
}

export function requestsPage(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const all = recordsOf(data.requests, c.id).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  const paged = paginate(all, url);
  const body = html`<section class="js-panel"><h2>Indhentning af helbredsoplysninger</h2>
${newButton(`/borger/${encodeURIComponent(c.id)}/anmodninger/ny`, 'Ny anmodning')}
${paged.nav}
${grid('anmodninger', `Anmodninger (${all.length})`, ['Oplysningstype', 'Modtager', 'Anmodet', 'Svarfrist', 'Status', 'Besvaret', 'Gebyr', 'Bemærkning', ...RESP], paged.rows.map((r) => ({
  id: r.id,
  cells: [r.label, r.recipient, jobDate(r.requestedAt), jobDate(r.deadline), REQUEST_STATUS[r.status], jobDate(r.answeredAt), jobFee(r.fee), r.note ?? '', ...who(r.responsible)],
})))}
${paged.nav}
</section>`;
  return jobPage({ title: `${jobName(c.person)} – Helbredsoplysninger`, citizen: c, tab: 'anmodninger', body, flash: flash(url, 'Anmodning') });
}

export function documentsPage(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const all = recordsOf(data.documents, c.id).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const paged = paginate(all, url);
  const body = html`<section class="js-panel"><h2>Dokumenter</h2>
${paged.nav}
${grid('dokumenter', `Modtagne dokumenter (${all.length})`, ['Titel', 'Dokumenttype', 'Afsender', 'Modtaget', 'Gyldig til', ...RESP], paged.rows.map((r) => ({
  id: r.id,
  cells: [r.title, r.category, r.from, jobDate(r.receivedAt), jobDate(r.validUntil), ...who(r.responsible)],
})))}
${paged.nav}
</section>`;
  return jobPage({ title: `${jobName(c.person)} – Dokumenter`, citizen: c, tab: 'dokumenter', body });
}

export function meetingsPage(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const all = recordsOf(data.meetings, c.id).sort((a, b) => b.at.localeCompare(a.at));
  const paged = paginate(all, url);
  const body = html`<section class="js-panel"><h2>Møder</h2>
${newButton(`/borger/${encodeURIComponent(c.id)}/moeder/ny`, 'Book møde')}
${paged.nav}
${grid('moeder', `Møder (${all.length})`, ['Dato', 'Tidspunkt', 'Emne', 'Sted', 'Deltagere', 'Status', ...RESP], paged.rows.map((r) => ({
  id: r.id,
  cells: [
    jobMeetingDate(r.at), jobTime(r.at), r.title, r.place,
    html`<ul class="js-deltagere">${r.participants.map((x) => html`<li>${x}</li>`)}</ul>`,
    MEETING_STATUS[r.status], ...who(r.responsible),
  ],
})))}
${paged.nav}
</section>`;
  return jobPage({ title: `${jobName(c.person)} – Møder`, citizen: c, tab: 'moeder', body, flash: flash(url, 'Møde') });
}

export function planPage(data: SystemData, c: Citizen): SafeHtml {
  const plans = recordsOf(data.plans, c.id);
  const body = plans.length === 0
    ? html`<section class="js-panel"><h2>Min Plan</h2><p>Borgeren har ingen plan.</p></section>`
    : plans.map((pl) => html`<article class="js-panel js-plan" data-id="${pl.id}">
<h2>${pl.title}</h2>
<dl class="js-stamdata">
  <dt>Plan-id</dt><dd>${pl.id}</dd>
  <dt>Lovgrundlag</dt><dd>${pl.law ?? ''}</dd>
  <dt>Status</dt><dd>${PLAN_STATUS[pl.status]}</dd>
  <dt>Oprettet</dt><dd>${jobDate(pl.created)}</dd>
  <dt>Næste opfølgning</dt><dd>${jobDate(pl.nextReview)}</dd>
  <dt>Ansvarlig enhed</dt><dd>${pl.responsible.unit}</dd>
  <dt>Sagsbehandler</dt><dd>${pl.responsible.name}</dd>
  <dt>Telefon</dt><dd>${pl.responsible.phone}</dd>
</dl>
<h3>Mine mål</h3>
<ol class="js-maal">${pl.goals.map((g) => html`<li>${g}</li>`)}</ol>
</article>`);
  return jobPage({ title: `${jobName(c.person)} – Min Plan`, citizen: c, tab: 'plan', body });
}
