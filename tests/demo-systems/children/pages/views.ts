/** BørneSag inner pages (inside the iframe): overview, family, efforts, requests, documents, meetings, plan. */
import { html, type SafeHtml } from '../../shared/html';
import { ageOn } from '../../shared/dates';
import { recordsOf } from '../../data/records';
import type { Citizen, SystemData, Worker } from '../../data/types';
import {
  CASE_STATUS, EFFORT_STATUS, MEETING_STATUS, PLAN_STATUS, REQUEST_STATUS,
  bsCpr, bsDate, bsFee, bsMeetingDate, bsName, bsTime, relationWord,
} from '../format';
import { bsTable, innerPage } from '../layout';

const staff = (w: Worker): [string, string] => [w.name, w.unit];

function created(url: URL, what: string): string | null {
  const id = url.searchParams.get('oprettet');
  return id ? `${what} er oprettet med sagsnr. ${id}.` : null;
}

export function overviewView(data: SystemData, c: Citizen, today: string): SafeHtml {
  const p = c.person;
  const body = html`<dl class="bs-oplysninger">
<dt>Navn</dt><dd>${bsName(p)}</dd>
<dt>CPR-nr.</dt><dd>${bsCpr(p)}</dd>
<dt>Fødselsdato</dt><dd>${bsDate(p.birthDate)}</dd>
<dt>Alder</dt><dd>${ageOn(p.birthDate, today)} år</dd>
<dt>Adresse</dt><dd>${p.address}</dd>
<dt>Telefon</dt><dd>${p.phone}</dd>
${c.info.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
</dl>
<h2>Sager</h2>
${bsTable('sager', ['Sag', 'Paragraf', 'Status', 'Oprettet', 'Rådgiver', 'Team'], recordsOf(data.cases, c.id).map((r) => ({
  id: r.id, cells: [r.title, r.law ?? '', CASE_STATUS[r.status], bsDate(r.opened), ...staff(r.responsible)],
})))}
<h2>Kontaktpersoner</h2>
<table class="bs-tabel" data-liste="kontakter">
<thead><tr><th scope="col">Initialer</th><th scope="col">Navn</th><th scope="col">Funktion</th><th scope="col">Team</th><th scope="col">Telefon</th><th scope="col">E-mail</th></tr></thead>
<tbody>
${c.contacts.map((w) => html`<tr><td>${w.id}</td><td>${w.name}</td><td>${w.role}</td><td>${w.unit}</td><td>${w.phone}</td><td><a href="mailto:${w.email}">${w.email}</a></td></tr>`)}
</tbody>
</table>`;
  return innerPage(c, 'overblik', 'Overblik', body);
}

export function familyView(data: SystemData, c: Citizen, today: string): SafeHtml {
  const fam = data.families.find((f) => f.id === c.familyId);
  const others = fam ? fam.memberIds.filter((id) => id !== c.id).map((id) => data.citizens.find((x) => x.id === id)).filter((x): x is Citizen => !!x) : [];
  const relation = (o: Citizen): string => {
    if (o.familyRole === 'parent') return relationWord(o.person, 'parent');
    if (c.familyRole === 'parent') return relationWord(o.person, 'child');
    return o.person.gender === 'female' ? 'Søster' : 'Bror';
  };
  const body = html`<p>Familiesag: <span class="bs-familie-id">${fam?.id ?? '–'}</span> ${fam?.name ?? 'Ingen familie registreret'}</p>
<table class="bs-tabel" data-liste="relationer">
<thead><tr><th scope="col">Relation</th><th scope="col">Navn</th><th scope="col">CPR-nr.</th><th scope="col">Fødselsdato</th><th scope="col">Alder</th><th scope="col">Person-id</th></tr></thead>
<tbody>
${others.map((o) => html`<tr data-relation="${o.familyRole === 'parent' ? 'forælder' : c.familyRole === 'parent' ? 'barn' : 'søskende'}"><td>${relation(o)}</td><td><a href="/sag/ramme?id=${encodeURIComponent(o.id)}" target="_top">${bsName(o.person)}</a></td><td>${bsCpr(o.person)}</td><td>${bsDate(o.person.birthDate)}</td><td>${ageOn(o.person.birthDate, today)} år</td><td>${o.id}</td></tr>`)}
</tbody>
</table>`;
  return innerPage(c, 'familie', 'Familie og relationer', body);
}

export function effortsView(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const rows = recordsOf(data.efforts, c.id).sort((a, b) => b.start.localeCompare(a.start));
  const body = html`<p class="bs-knapper"><a href="/sag/indhold/ny-indsats?id=${encodeURIComponent(c.id)}">Ny indsats</a></p>
${bsTable('indsatser', ['Indsats', 'Paragraf', 'Status', 'Fra', 'Til', 'Omfang', 'Formål', 'Omfatter', 'Udfører', 'Rådgiver', 'Team'], rows.map((r) => ({
  id: r.id,
  cells: [r.title, r.law ?? '', EFFORT_STATUS[r.status], bsDate(r.start), bsDate(r.end), r.extent ?? '', r.goal ?? '', (r.concerns ?? []).join(', '), r.provider ?? '', ...staff(r.responsible)],
})))}`;
  return innerPage(c, 'indsatser', 'Indsatser', body, { ok: created(url, 'Indsatsen') });
}

export function requestsView(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const rows = recordsOf(data.requests, c.id).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  const body = html`<p class="bs-knapper"><a href="/sag/indhold/ny-anmodning?id=${encodeURIComponent(c.id)}">Ny anmodning om oplysninger</a></p>
${bsTable('undersoegelser', ['Type', 'Modtager', 'Anmodet', 'Svarfrist', 'Status', 'Modtaget', 'Honorar', 'Bemærkning', 'Rådgiver', 'Team'], rows.map((r) => ({
  id: r.id,
  cells: [r.label, r.recipient, bsDate(r.requestedAt), bsDate(r.deadline), REQUEST_STATUS[r.status], bsDate(r.answeredAt), bsFee(r.fee), r.note ?? '', ...staff(r.responsible)],
})))}`;
  return innerPage(c, 'undersoegelser', 'Undersøgelser og oplysninger', body, { ok: created(url, 'Anmodningen') });
}

export function documentsView(data: SystemData, c: Citizen): SafeHtml {
  const rows = recordsOf(data.documents, c.id).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const body = bsTable('dokumenter', ['Dokument', 'Kategori', 'Fra', 'Modtaget', 'Gyldig til', 'Rådgiver', 'Team'], rows.map((r) => ({
    id: r.id, cells: [r.title, r.category, r.from, bsDate(r.receivedAt), bsDate(r.validUntil), ...staff(r.responsible)],
  })));
  return innerPage(c, 'dokumenter', 'Dokumenter', body);
}

export function meetingsView(data: SystemData, c: Citizen, url: URL): SafeHtml {
  const rows = recordsOf(data.meetings, c.id).sort((a, b) => b.at.localeCompare(a.at));
  const body = html`<p class="bs-knapper"><a href="/sag/indhold/nyt-moede?id=${encodeURIComponent(c.id)}">Nyt møde</a></p>
${bsTable('moeder', ['Dato', 'Kl.', 'Mødetype', 'Sted', 'Deltagere', 'Status', 'Rådgiver', 'Team'], rows.map((r) => ({
  id: r.id,
  cells: [bsMeetingDate(r.at), bsTime(r.at), r.title, r.place, r.participants.join('; '), MEETING_STATUS[r.status], ...staff(r.responsible)],
})))}`;
  return innerPage(c, 'moeder', 'Møder', body, { ok: created(url, 'Mødet') });
}

export function planView(data: SystemData, c: Citizen): SafeHtml {
  const plans = recordsOf(data.plans, c.id);
  const body = plans.length === 0
    ? html`<p class="bs-tom">Der er ingen handleplan på personen.</p>`
    : plans.map((pl) => html`<div class="bs-plan">
<table class="bs-tabel bs-planinfo" data-liste="handleplan">
<tbody>
<tr><th scope="row">Sagsnr.</th><td class="bs-sagsnr">${pl.id}</td></tr>
<tr><th scope="row">Plan</th><td>${pl.title}</td></tr>
<tr><th scope="row">Paragraf</th><td>${pl.law ?? ''}</td></tr>
<tr><th scope="row">Status</th><td>${PLAN_STATUS[pl.status]}</td></tr>
<tr><th scope="row">Oprettet</th><td>${bsDate(pl.created)}</td></tr>
<tr><th scope="row">Næste opfølgning</th><td>${bsDate(pl.nextReview)}</td></tr>
<tr><th scope="row">Omfatter</th><td>${(pl.concerns ?? []).join(', ')}</td></tr>
<tr><th scope="row">Rådgiver</th><td>${pl.responsible.name}</td></tr>
<tr><th scope="row">Team</th><td>${pl.responsible.unit}</td></tr>
<tr><th scope="row">Telefon</th><td>${pl.responsible.phone}</td></tr>
</tbody>
</table>
<table class="bs-tabel bs-maal">
<caption>Mål i planen</caption>
<thead><tr><th scope="col">Nr.</th><th scope="col">Mål</th></tr></thead>
<tbody>${pl.goals.map((g, i) => html`<tr><td>${i + 1}</td><td>${g}</td></tr>`)}</tbody>
</table>
</div>`);
  return innerPage(c, 'handleplan', 'Handleplan', body);
}
