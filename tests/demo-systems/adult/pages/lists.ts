/** VoksenNet pages: citizen list (masked CPR), citizen overview and the record lists of one citizen. */
import { html, type SafeHtml } from '../../shared/html';
import { recordsOf } from '../../data/records';
import type { Citizen, SystemData, Worker } from '../../data/types';
import {
  CASE_STATUS, EFFORT_STATUS, MEETING_STATUS, PLAN_STATUS, REQUEST_STATUS,
  vnCprFull, vnCprMasked, vnDate, vnDateTime, vnFee, vnName,
} from '../format';
import { vnTable } from '../layout';

const who = (w: Worker): [string, string, string] => [w.name, w.unit, w.phone];
const RESP = ['Ansvarlig', 'Enhed', 'Telefon'];
const base = (c: Citizen): string => `/borger/${encodeURIComponent(c.id)}`;
const newLink = (href: string, label: string): SafeHtml => html`<p><a class="vn-knap" href="${href}">${label}</a></p>`;

export function citizenList(data: SystemData, url: URL): SafeHtml {
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
  const rows = data.citizens
    .filter((c) => !q || vnName(c.person).toLowerCase().includes(q))
    .sort((a, b) => vnName(a.person).localeCompare(vnName(b.person), 'da'));
  return html`<section class="vn-kort"><h2>Borgerliste</h2>
<form method="get" action="/borgerliste" role="search" class="vn-formular">
<div class="vn-felt"><label for="q">Søg efter navn</label><input id="q" name="q" value="${url.searchParams.get('q') ?? ''}"></div>
</form>
<table class="vn-tabel" data-liste="borgere">
<thead><tr><th scope="col">Navn</th><th scope="col">CPR</th><th scope="col">Adresse</th><th scope="col">Primær kontakt</th><th scope="col">Enhed</th></tr></thead>
<tbody>
${rows.map((c) => html`<tr><td><a class="vn-link" href="${base(c)}">${vnName(c.person)}</a></td><td class="vn-cpr-maskeret">${vnCprMasked(c.person)}</td><td>${c.person.address}</td><td>${c.contacts[0]?.name ?? ''}</td><td>${c.contacts[0]?.unit ?? ''}</td></tr>\n`)}
</tbody>
</table></section>`;
}

export function overview(data: SystemData, c: Citizen): SafeHtml {
  const p = c.person;
  return html`<section class="vn-kort"><h2>Stamoplysninger</h2>
<dl class="vn-detaljer">
<dt>Navn</dt><dd>${vnName(p)}</dd>
<dt>CPR-nummer</dt><dd>${vnCprFull(p)}</dd>
<dt>Fødselsdato</dt><dd>${vnDate(p.birthDate)}</dd>
<dt>Adresse</dt><dd>${p.address}</dd>
<dt>Telefon</dt><dd>${p.phone}</dd>
${c.info.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
</dl></section>
<section class="vn-kort"><h2>Kontaktpersoner</h2>
<table class="vn-tabel" data-liste="kontakter">
<thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Enhed</th><th scope="col">Telefon</th><th scope="col">E-mail</th></tr></thead>
<tbody>
${c.contacts.map((w) => html`<tr data-medarbejder="${w.id}"><td>${w.name}</td><td>${w.role}</td><td>${w.unit}</td><td>${w.phone}</td><td><a href="mailto:${w.email}">${w.email}</a></td></tr>`)}
</tbody></table></section>
<section class="vn-kort"><h2>Sager</h2>
${vnTable('sager', ['Sag', 'Paragraf', 'Status', 'Oprettet', ...RESP], recordsOf(data.cases, c.id).map((r) => ({
  href: `${base(c)}/sager/${r.id}`, title: r.title, cells: [r.law ?? '', CASE_STATUS[r.status], vnDate(r.opened), ...who(r.responsible)],
})))}
</section>`;
}

export function efforts(data: SystemData, c: Citizen): SafeHtml {
  const rows = recordsOf(data.efforts, c.id).sort((a, b) => b.start.localeCompare(a.start));
  return html`<section class="vn-kort"><h2>Ydelser og indsatser</h2>
${newLink(`${base(c)}/ydelser/ny`, 'Opret ydelse')}
${vnTable('ydelser', ['Ydelse', 'Paragraf', 'Status', 'Bevilget fra', 'Bevilget til', 'Omfang', 'Indsatsmål', 'Leverandør', ...RESP], rows.map((r) => ({
  href: `${base(c)}/ydelser/${r.id}`, title: r.title,
  cells: [r.law ?? '', EFFORT_STATUS[r.status], vnDate(r.start), vnDate(r.end), r.extent ?? '', r.goal ?? '', r.provider ?? '', ...who(r.responsible)],
})))}
</section>`;
}

export function requests(data: SystemData, c: Citizen): SafeHtml {
  const rows = recordsOf(data.requests, c.id).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return html`<section class="vn-kort"><h2>Forespørgsler om helbredsoplysninger og udtalelser</h2>
${newLink(`${base(c)}/forespoergsler/ny`, 'Ny forespørgsel')}
${vnTable('forespoergsler', ['Forespørgsel', 'Modtager', 'Sendt', 'Svarfrist', 'Status', 'Svar modtaget', 'Honorar', 'Begrundelse', ...RESP], rows.map((r) => ({
  href: `${base(c)}/forespoergsler/${r.id}`, title: r.label,
  cells: [r.recipient, vnDate(r.requestedAt), vnDate(r.deadline), REQUEST_STATUS[r.status], vnDate(r.answeredAt), vnFee(r.fee), r.note ?? '', ...who(r.responsible)],
})))}
</section>`;
}

export function documents(data: SystemData, c: Citizen): SafeHtml {
  const rows = recordsOf(data.documents, c.id).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return html`<section class="vn-kort"><h2>Dokumenter</h2>
${vnTable('dokumenter', ['Dokument', 'Kategori', 'Afsender', 'Modtaget', 'Gyldig til', ...RESP], rows.map((r) => ({
  href: `${base(c)}/dokumenter/${r.id}`, title: r.title, cells: [r.category, r.from, vnDate(r.receivedAt), vnDate(r.validUntil), ...who(r.responsible)],
})))}
</section>`;
}

export function meetings(data: SystemData, c: Citizen): SafeHtml {
  const rows = recordsOf(data.meetings, c.id).sort((a, b) => b.at.localeCompare(a.at));
  return html`<section class="vn-kort"><h2>Aftaler</h2>
${newLink(`${base(c)}/aftaler/ny`, 'Book aftale')}
${vnTable('aftaler', ['Aftale', 'Tidspunkt', 'Sted', 'Deltagere', 'Status', ...RESP], rows.map((r) => ({
  href: `${base(c)}/aftaler/${r.id}`, title: r.title, cells: [vnDateTime(r.at), r.place, r.participants.join(', '), MEETING_STATUS[r.status], ...who(r.responsible)],
})))}
</section>`;
}

export function plans(data: SystemData, c: Citizen): SafeHtml {
  const list = recordsOf(data.plans, c.id);
  if (list.length === 0) return html`<section class="vn-kort"><h2>Handleplan</h2><p class="vn-tom">Der er ingen handleplan.</p></section>`;
  return html`${list.map((pl) => html`<article class="vn-kort vn-handleplan">
<h2><a class="vn-link" href="${base(c)}/handleplan/${pl.id}">${pl.title}${pl.law ? ` (${pl.law})` : ''}</a></h2>
<dl class="vn-detaljer">
<dt>Status</dt><dd>${PLAN_STATUS[pl.status]}</dd>
<dt>Oprettet</dt><dd>${vnDate(pl.created)}</dd>
<dt>Næste opfølgning</dt><dd>${vnDate(pl.nextReview)}</dd>
<dt>Ansvarlig</dt><dd>${pl.responsible.name}</dd>
<dt>Enhed</dt><dd>${pl.responsible.unit}</dd>
<dt>Telefon</dt><dd>${pl.responsible.phone}</dd>
</dl>
<h3>Indsatsmål</h3>
<ul class="vn-maal">${pl.goals.map((g) => html`<li>${g}</li>`)}</ul>
</article>`)}`;
}

