/**
 * JobSag forms (POST, then 303 redirect to the list with ?oprettet=<id>):
 *  /borger/:id/anmodninger/ny  oplysningstype, modtager, svarfrist (dd-mm-åååå, optional), bemaerkning
 *  /borger/:id/indsatser/ny    indsatstype, startdato (dd-mm-åååå), slutdato (optional), omfang, maal
 *  /borger/:id/moeder/ny       emne, dato (dd-mm-åååå), tidspunkt (tt:mm), sted, deltagere (one per line)
 */
import { html, type SafeHtml } from '../../shared/html';
import { parseDanishDate, parseTime } from '../../shared/dates';
import { CATALOG } from '../../data/catalog';
import { addEffort, addMeeting, addRequest, fullName } from '../../data/records';
import type { Citizen, SystemData } from '../../data/types';
import { jobName } from '../format';
import { jobPage, type JobTab } from '../layout';

export type FormResult = { ok: true; id: string } | { ok: false; error: string };

const v = (f: URLSearchParams, k: string): string => (f.get(k) ?? '').trim();

function formPage(c: Citizen, tab: JobTab, title: string, formId: string, fields: SafeHtml, error: string | null, cancel: string): SafeHtml {
  const body = html`<section class="js-panel"><h2>${title}</h2>
${error ? html`<p class="js-fejl" role="alert">${error}</p>` : ''}
<form class="js-form" id="${formId}" method="post" action="">
${fields}
<p><button class="js-knap" type="submit">Gem</button> <a href="${cancel}">Annuller</a></p>
</form></section>`;
  return jobPage({ title: `${jobName(c.person)} – ${title}`, citizen: c, tab, body });
}

const text = (name: string, label: string, value: string, extra: SafeHtml | string = ''): SafeHtml =>
  html`<div class="js-felt"><label for="${name}">${label}</label><input id="${name}" name="${name}" value="${value}" ${extra}></div>`;

export function requestForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  const sel = v(f, 'oplysningstype');
  const fields = html`<div class="js-felt"><label for="oplysningstype">Oplysningstype</label>
<select id="oplysningstype" name="oplysningstype" required>
<option value="">Vælg oplysningstype</option>
${CATALOG.job.requestTypes.map((t) => html`<option value="${t.code}"${t.code === sel ? html` selected` : ''}>${t.label}</option>`)}
</select></div>
${text('modtager', 'Modtager', v(f, 'modtager') || 'Egen læge', html`required`)}
${text('svarfrist', 'Svarfrist (dd-mm-åååå, tom = standardfrist)', v(f, 'svarfrist'), html`placeholder="dd-mm-åååå"`)}
<div class="js-felt"><label for="bemaerkning">Bemærkning</label><textarea id="bemaerkning" name="bemaerkning" rows="3">${v(f, 'bemaerkning')}</textarea></div>`;
  return formPage(c, 'anmodninger', 'Ny anmodning om helbredsoplysninger', 'ny-anmodning', fields, error, `/borger/${encodeURIComponent(c.id)}/anmodninger`);
}

export function effortForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  const sel = v(f, 'indsatstype');
  const fields = html`<div class="js-felt"><label for="indsatstype">Indsats</label>
<select id="indsatstype" name="indsatstype" required>
<option value="">Vælg indsats</option>
${CATALOG.job.effortTypes.map((t) => html`<option value="${t.code}"${t.code === sel ? html` selected` : ''}>${t.title} (${t.law})</option>`)}
</select></div>
${text('startdato', 'Startdato (dd-mm-åååå)', v(f, 'startdato'), html`required placeholder="dd-mm-åååå"`)}
${text('slutdato', 'Slutdato (dd-mm-åååå)', v(f, 'slutdato'), html`placeholder="dd-mm-åååå"`)}
${text('omfang', 'Omfang', v(f, 'omfang'), html`placeholder="fx 3 timer/uge"`)}
<div class="js-felt"><label for="maal">Mål</label><textarea id="maal" name="maal" rows="3">${v(f, 'maal')}</textarea></div>`;
  return formPage(c, 'indsatser', 'Opret indsats', 'ny-indsats', fields, error, `/borger/${encodeURIComponent(c.id)}/indsatser`);
}

export function meetingForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  const fields = html`${text('emne', 'Emne', v(f, 'emne'), html`required list="emner"`)}
<datalist id="emner">${CATALOG.job.meetingSubjects.map((s) => html`<option value="${s}">`)}</datalist>
${text('dato', 'Dato (dd-mm-åååå)', v(f, 'dato'), html`required placeholder="dd-mm-åååå"`)}
${text('tidspunkt', 'Tidspunkt (tt:mm)', v(f, 'tidspunkt'), html`required placeholder="tt:mm"`)}
${text('sted', 'Sted', v(f, 'sted') || 'Jobcenter Demoby', html`required`)}
<div class="js-felt"><label for="deltagere">Deltagere (én pr. linje)</label><textarea id="deltagere" name="deltagere" rows="4">${v(f, 'deltagere') || fullName(c.person)}</textarea></div>`;
  return formPage(c, 'moeder', 'Book møde', 'nyt-moede', fields, error, `/borger/${encodeURIComponent(c.id)}/moeder`);
}

export function createRequest(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const type = CATALOG.job.requestTypes.find((t) => t.code === v(f, 'oplysningstype'));
  if (!type) return { ok: false, error: 'Vælg en oplysningstype.' };
  const recipient = v(f, 'modtager');
  if (!recipient) return { ok: false, error: 'Angiv en modtager.' };
  let deadline: string | undefined;
  if (v(f, 'svarfrist')) {
    const d = parseDanishDate(v(f, 'svarfrist'));
    if (!d) return { ok: false, error: 'Svarfrist skal skrives som dd-mm-åååå.' };
    deadline = d;
  }
  const r = addRequest(data, c, { type: type.code, requestedAt: today, status: 'pending', recipient, ...(deadline ? { deadline } : {}), ...(v(f, 'bemaerkning') ? { note: v(f, 'bemaerkning') } : {}) });
  return { ok: true, id: r.id };
}

export function createEffort(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const type = CATALOG.job.effortTypes.find((t) => t.code === v(f, 'indsatstype'));
  if (!type) return { ok: false, error: 'Vælg en indsats.' };
  const start = parseDanishDate(v(f, 'startdato'));
  if (!start) return { ok: false, error: 'Startdato skal skrives som dd-mm-åååå.' };
  const end = v(f, 'slutdato') ? parseDanishDate(v(f, 'slutdato')) : undefined;
  if (end === null) return { ok: false, error: 'Slutdato skal skrives som dd-mm-åååå.' };
  if (end && end < start) return { ok: false, error: 'Slutdato ligger før startdato.' };
  const r = addEffort(data, c, {
    type: type.code, status: start > today ? 'planned' : 'active', start,
    ...(end ? { end } : {}), ...(v(f, 'maal') ? { goal: v(f, 'maal') } : {}), ...(v(f, 'omfang') ? { extent: v(f, 'omfang') } : {}),
  });
  return { ok: true, id: r.id };
}

export function createMeeting(data: SystemData, c: Citizen, f: URLSearchParams): FormResult {
  const title = v(f, 'emne');
  if (!title) return { ok: false, error: 'Angiv et emne.' };
  const date = parseDanishDate(v(f, 'dato'));
  if (!date) return { ok: false, error: 'Dato skal skrives som dd-mm-åååå.' };
  const time = parseTime(v(f, 'tidspunkt'));
  if (!time) return { ok: false, error: 'Tidspunkt skal skrives som tt:mm.' };
  const place = v(f, 'sted');
  if (!place) return { ok: false, error: 'Angiv et sted.' };
  const participants = v(f, 'deltagere').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const r = addMeeting(data, c, { title, at: `${date}T${time}`, place, participants });
  return { ok: true, id: r.id };
}
