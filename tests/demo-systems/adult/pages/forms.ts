/**
 * VoksenNet forms (POST, then 303 to the list with ?ny=<id>):
 *  /borger/:id/forespoergsler/ny  forespoergselstype, modtager, begrundelse
 *  /borger/:id/ydelser/ny         ydelse, bevilget_fra (YYYY-MM-DD), bevilget_til (optional), omfang, indsatsmaal
 *  /borger/:id/aftaler/ny         aftale, tidspunkt (YYYY-MM-DDTHH:MM, <input type=datetime-local>), sted, deltagere
 */
import { html, type SafeHtml } from '../../shared/html';
import { parseDanishDate, parseTime } from '../../shared/dates';
import { CATALOG } from '../../data/catalog';
import { addEffort, addMeeting, addRequest, fullName } from '../../data/records';
import type { Citizen, SystemData } from '../../data/types';

export type FormResult = { ok: true; id: string } | { ok: false; error: string };
const v = (f: URLSearchParams, k: string): string => (f.get(k) ?? '').trim();

const field = (name: string, label: string, input: SafeHtml): SafeHtml => html`<div class="vn-felt"><label for="${name}">${label}</label>${input}</div>`;
const select = (name: string, selected: string, options: [string, string][]): SafeHtml =>
  html`<select id="${name}" name="${name}" required><option value="">Vælg…</option>${options.map(([val, text]) => html`<option value="${val}"${val === selected ? html` selected` : ''}>${text}</option>`)}</select>`;

function form(id: string, title: string, fields: SafeHtml, cancel: string): SafeHtml {
  return html`<section class="vn-kort"><h2>${title}</h2>
<form class="vn-formular" id="${id}" method="post">
${fields}
<p><button class="vn-knap" type="submit">Gem</button> <a href="${cancel}">Annullér</a></p>
</form></section>`;
}

export function requestForm(c: Citizen, f: URLSearchParams): SafeHtml {
  return form('ny-forespoergsel', 'Ny forespørgsel', html`
${field('forespoergselstype', 'Type', select('forespoergselstype', v(f, 'forespoergselstype'), CATALOG.adult.requestTypes.map((t) => [t.code, t.label])))}
${field('modtager', 'Modtager', html`<input id="modtager" name="modtager" required value="${v(f, 'modtager') || 'Egen læge'}">`)}
${field('begrundelse', 'Begrundelse', html`<textarea id="begrundelse" name="begrundelse" rows="3">${v(f, 'begrundelse')}</textarea>`)}`, `/borger/${encodeURIComponent(c.id)}/forespoergsler`);
}

export function effortForm(c: Citizen, f: URLSearchParams): SafeHtml {
  return form('ny-ydelse', 'Opret ydelse', html`
${field('ydelse', 'Ydelse', select('ydelse', v(f, 'ydelse'), CATALOG.adult.effortTypes.map((t) => [t.code, `${t.title} (${t.law})`])))}
${field('bevilget_fra', 'Bevilget fra', html`<input type="date" id="bevilget_fra" name="bevilget_fra" required value="${v(f, 'bevilget_fra')}">`)}
${field('bevilget_til', 'Bevilget til', html`<input type="date" id="bevilget_til" name="bevilget_til" value="${v(f, 'bevilget_til')}">`)}
${field('omfang', 'Omfang', html`<input id="omfang" name="omfang" value="${v(f, 'omfang')}">`)}
${field('indsatsmaal', 'Indsatsmål', html`<textarea id="indsatsmaal" name="indsatsmaal" rows="3">${v(f, 'indsatsmaal')}</textarea>`)}`, `/borger/${encodeURIComponent(c.id)}/ydelser`);
}

export function meetingForm(c: Citizen, f: URLSearchParams): SafeHtml {
  return form('ny-aftale', 'Book aftale', html`
${field('aftale', 'Aftale', html`<input id="aftale" name="aftale" required list="aftaletyper" value="${v(f, 'aftale')}"><datalist id="aftaletyper">${CATALOG.adult.meetingSubjects.map((s) => html`<option value="${s}">`)}</datalist>`)}
${field('tidspunkt', 'Tidspunkt', html`<input type="datetime-local" id="tidspunkt" name="tidspunkt" required value="${v(f, 'tidspunkt')}">`)}
${field('sted', 'Sted', html`<input id="sted" name="sted" required value="${v(f, 'sted')}">`)}
${field('deltagere', 'Deltagere (én pr. linje)', html`<textarea id="deltagere" name="deltagere" rows="4">${v(f, 'deltagere') || fullName(c.person)}</textarea>`)}`, `/borger/${encodeURIComponent(c.id)}/aftaler`);
}

export function createRequest(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const t = CATALOG.adult.requestTypes.find((x) => x.code === v(f, 'forespoergselstype'));
  if (!t) return { ok: false, error: 'Vælg en type.' };
  const recipient = v(f, 'modtager');
  if (!recipient) return { ok: false, error: 'Modtager skal udfyldes.' };
  const r = addRequest(data, c, { type: t.code, requestedAt: today, status: 'pending', recipient, ...(v(f, 'begrundelse') ? { note: v(f, 'begrundelse') } : {}) });
  return { ok: true, id: r.id };
}

export function createEffort(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const t = CATALOG.adult.effortTypes.find((x) => x.code === v(f, 'ydelse'));
  if (!t) return { ok: false, error: 'Vælg en ydelse.' };
  const start = parseDanishDate(v(f, 'bevilget_fra'));
  if (!start) return { ok: false, error: 'Bevilget fra skal udfyldes.' };
  const end = v(f, 'bevilget_til') ? parseDanishDate(v(f, 'bevilget_til')) : undefined;
  if (end === null || (end && end < start)) return { ok: false, error: 'Bevilget til er ugyldig.' };
  const r = addEffort(data, c, {
    type: t.code, status: start > today ? 'planned' : 'active', start,
    ...(end ? { end } : {}), ...(v(f, 'indsatsmaal') ? { goal: v(f, 'indsatsmaal') } : {}), ...(v(f, 'omfang') ? { extent: v(f, 'omfang') } : {}),
  });
  return { ok: true, id: r.id };
}

export function createMeeting(data: SystemData, c: Citizen, f: URLSearchParams): FormResult {
  const title = v(f, 'aftale');
  if (!title) return { ok: false, error: 'Aftale skal udfyldes.' };
  const [d = '', t = ''] = v(f, 'tidspunkt').split('T');
  const date = parseDanishDate(d);
  const time = parseTime(t);
  if (!date || !time) return { ok: false, error: 'Tidspunkt skal udfyldes.' };
  const place = v(f, 'sted');
  if (!place) return { ok: false, error: 'Sted skal udfyldes.' };
  const r = addMeeting(data, c, { title, at: `${date}T${time}`, place, participants: v(f, 'deltagere').split(/\r?\n/).map((s) => s.trim()).filter(Boolean) });
  return { ok: true, id: r.id };
}
