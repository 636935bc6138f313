/**
 * BørneSag forms, rendered inside the iframe. POST to the same URL (/sag/indhold/<form>?id=P...), then 303 to the
 * list inside the iframe with &oprettet=<Sagsnr.>.
 *  ny-anmodning: oplysningstype, modtager, bemaerkning
 *  ny-indsats:   indsatstype, fra (YYYY-MM-DD, <input type=date>), til (optional), omfang, formaal
 *  nyt-moede:    moedetype, dato (YYYY-MM-DD), kl (HH:MM, <input type=time>), sted, deltagere (one per line)
 */
import { html, type SafeHtml } from '../../shared/html';
import { parseDanishDate, parseTime } from '../../shared/dates';
import { CATALOG } from '../../data/catalog';
import { addEffort, addMeeting, addRequest, fullName } from '../../data/records';
import type { Citizen, SystemData } from '../../data/types';
import { innerPage } from '../layout';

export type FormResult = { ok: true; id: string } | { ok: false; error: string };
const v = (f: URLSearchParams, k: string): string => (f.get(k) ?? '').trim();

function form(c: Citizen, view: string, title: string, fields: SafeHtml, error: string | null, back: string): SafeHtml {
  return innerPage(c, view, title, html`<form class="bs-formular" id="${view}" method="post" action="/sag/indhold/${view}?id=${encodeURIComponent(c.id)}">
${fields}
<p><button class="bs-knap" type="submit">Gem</button> <a href="/sag/indhold/${back}?id=${encodeURIComponent(c.id)}">Fortryd</a></p>
</form>`, { error });
}

const field = (name: string, label: string, input: SafeHtml): SafeHtml => html`<div class="bs-felt"><label for="${name}">${label}</label>${input}</div>`;
const select = (name: string, selected: string, options: [string, string][]): SafeHtml =>
  html`<select id="${name}" name="${name}" required><option value="">– vælg –</option>${options.map(([val, text]) => html`<option value="${val}"${val === selected ? html` selected` : ''}>${text}</option>`)}</select>`;

export function requestForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  return form(c, 'ny-anmodning', 'Ny anmodning om oplysninger', html`
${field('oplysningstype', 'Oplysningstype', select('oplysningstype', v(f, 'oplysningstype'), CATALOG.children.requestTypes.map((t) => [t.code, t.label])))}
${field('modtager', 'Modtager', html`<input id="modtager" name="modtager" required value="${v(f, 'modtager')}">`)}
${field('bemaerkning', 'Bemærkning', html`<textarea id="bemaerkning" name="bemaerkning" rows="3">${v(f, 'bemaerkning')}</textarea>`)}`, error, 'undersoegelser');
}

export function effortForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  return form(c, 'ny-indsats', 'Ny indsats', html`
${field('indsatstype', 'Indsats', select('indsatstype', v(f, 'indsatstype'), CATALOG.children.effortTypes.map((t) => [t.code, `${t.title} (${t.law})`])))}
${field('fra', 'Fra', html`<input type="date" id="fra" name="fra" required value="${v(f, 'fra')}">`)}
${field('til', 'Til', html`<input type="date" id="til" name="til" value="${v(f, 'til')}">`)}
${field('omfang', 'Omfang', html`<input id="omfang" name="omfang" value="${v(f, 'omfang')}">`)}
${field('formaal', 'Formål', html`<textarea id="formaal" name="formaal" rows="3">${v(f, 'formaal')}</textarea>`)}`, error, 'indsatser');
}

export function meetingForm(c: Citizen, f: URLSearchParams, error: string | null): SafeHtml {
  return form(c, 'nyt-moede', 'Nyt møde', html`
${field('moedetype', 'Mødetype', select('moedetype', v(f, 'moedetype'), CATALOG.children.meetingSubjects.map((s) => [s, s])))}
${field('dato', 'Dato', html`<input type="date" id="dato" name="dato" required value="${v(f, 'dato')}">`)}
${field('kl', 'Kl.', html`<input type="time" id="kl" name="kl" required value="${v(f, 'kl')}">`)}
${field('sted', 'Sted', html`<input id="sted" name="sted" required value="${v(f, 'sted') || 'Familierådgivningen, Rådhuset'}">`)}
${field('deltagere', 'Deltagere (én pr. linje)', html`<textarea id="deltagere" name="deltagere" rows="4">${v(f, 'deltagere') || fullName(c.person)}</textarea>`)}`, error, 'moeder');
}

export function createRequest(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const t = CATALOG.children.requestTypes.find((x) => x.code === v(f, 'oplysningstype'));
  if (!t) return { ok: false, error: 'Vælg oplysningstype.' };
  const recipient = v(f, 'modtager');
  if (!recipient) return { ok: false, error: 'Modtager skal udfyldes.' };
  const r = addRequest(data, c, { type: t.code, requestedAt: today, status: 'pending', recipient, ...(v(f, 'bemaerkning') ? { note: v(f, 'bemaerkning') } : {}) });
  return { ok: true, id: r.id };
}

export function createEffort(data: SystemData, c: Citizen, f: URLSearchParams, today: string): FormResult {
  const t = CATALOG.children.effortTypes.find((x) => x.code === v(f, 'indsatstype'));
  if (!t) return { ok: false, error: 'Vælg indsats.' };
  const start = parseDanishDate(v(f, 'fra'));
  if (!start) return { ok: false, error: 'Fra-dato mangler eller er ugyldig.' };
  const end = v(f, 'til') ? parseDanishDate(v(f, 'til')) : undefined;
  if (end === null || (end && end < start)) return { ok: false, error: 'Til-dato er ugyldig.' };
  const r = addEffort(data, c, {
    type: t.code, status: start > today ? 'planned' : 'active', start,
    ...(end ? { end } : {}), ...(v(f, 'formaal') ? { goal: v(f, 'formaal') } : {}), ...(v(f, 'omfang') ? { extent: v(f, 'omfang') } : {}),
  });
  return { ok: true, id: r.id };
}

export function createMeeting(data: SystemData, c: Citizen, f: URLSearchParams): FormResult {
  const title = v(f, 'moedetype');
  if (!title) return { ok: false, error: 'Vælg mødetype.' };
  const date = parseDanishDate(v(f, 'dato'));
  const time = parseTime(v(f, 'kl'));
  if (!date || !time) return { ok: false, error: 'Dato og klokkeslæt skal udfyldes.' };
  const place = v(f, 'sted');
  if (!place) return { ok: false, error: 'Sted skal udfyldes.' };
  const r = addMeeting(data, c, { title, at: `${date}T${time}`, place, participants: v(f, 'deltagere').split(/\r?\n/).map((s) => s.trim()).filter(Boolean) });
  return { ok: true, id: r.id };
}
