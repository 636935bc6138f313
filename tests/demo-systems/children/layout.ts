/**
 * BørneSag chrome. The outer page (/sag/ramme) is a frame shell: top bar, case line, family tree and case menu on
 * the left, and the case content in <iframe name="indhold">. Inner pages (/sag/indhold/...) are complete documents
 * with their own person header (name + CPR).
 */
import { html, type Html, type SafeHtml } from '../shared/html';
import { ageOn } from '../shared/dates';
import type { Citizen, SystemData } from '../data/types';
import { bsCpr, bsName, relationWord } from './format';

export const VIEWS: [string, string][] = [
  ['overblik', 'Overblik'],
  ['familie', 'Familie og relationer'],
  ['indsatser', 'Indsatser'],
  ['undersoegelser', 'Undersøgelser og oplysninger'],
  ['dokumenter', 'Dokumenter'],
  ['moeder', 'Møder'],
  ['handleplan', 'Handleplan'],
  ['ny-anmodning', '+ Ny anmodning om oplysninger'],
  ['ny-indsats', '+ Ny indsats'],
  ['nyt-moede', '+ Nyt møde'],
];

const head = (title: string): SafeHtml => html`<head>
<meta charset="utf-8">
<meta name="generator" content="BørneSag 3.11 (ICS)">
<title>${title} – BørneSag</title>
<link rel="stylesheet" href="/static/boernesag.css">
</head>`;

export function frameShell(data: SystemData, c: Citizen, view: string, today: string): SafeHtml {
  const fam = data.families.find((f) => f.id === c.familyId);
  const members = fam ? fam.memberIds.map((id) => data.citizens.find((x) => x.id === id)).filter((x): x is Citizen => !!x) : [c];
  const parents = members.filter((m) => m.familyRole === 'parent');
  const kids = members.filter((m) => m.familyRole !== 'parent');
  const link = (m: Citizen): SafeHtml =>
    html`<a href="/sag/ramme?id=${encodeURIComponent(m.id)}"${m.id === c.id ? html` aria-current="true"` : ''}>${bsName(m.person)}</a> <span class="bs-rolle">(${relationWord(m.person, m.familyRole).toLowerCase()}, ${ageOn(m.person.birthDate, today)} år)</span>`;
  const src = `/sag/indhold/${view}?id=${encodeURIComponent(c.id)}`;
  return html`<html lang="da">
${head(`Sag ${fam?.id ?? c.id}`)}
<body>
<div class="bs-ramme">
<header class="bs-top"><span class="bs-produkt">BørneSag</span><span>Familierådgivningen · Demoby Kommune</span><span class="bs-bruger">Bruger: HK0815 Hanne Kirk</span></header>
<div class="bs-sagslinje" data-familie-id="${fam?.id ?? ''}">Familiesag <span class="bs-sagsid">${fam?.id ?? '–'}</span> · ${fam?.name ?? 'Ingen familie registreret'} · Valgt person: <span class="bs-navn">${bsName(c.person)}</span> <span class="bs-cpr">${bsCpr(c.person)}</span></div>
<aside class="bs-venstre">
<nav class="bs-familietrae" aria-label="Familien">
<h2>${fam?.name ?? 'Person'}</h2>
<ul class="bs-trae">
${parents.length
    ? parents.map((p, i) => html`<li class="bs-foraelder" data-person-id="${p.id}">${link(p)}${i === parents.length - 1 && kids.length ? html`<ul>${kids.map((k) => html`<li class="bs-barn" data-person-id="${k.id}">${link(k)}</li>`)}</ul>` : ''}</li>`)
    : kids.map((k) => html`<li class="bs-barn" data-person-id="${k.id}">${link(k)}</li>`)}
</ul>
</nav>
<nav class="bs-menu" aria-label="Sagsmenu">
<h2>Sag</h2>
<ul>${VIEWS.map(([key, label]) => html`<li><a href="/sag/indhold/${key}?id=${encodeURIComponent(c.id)}" target="indhold">${label}</a></li>`)}</ul>
</nav>
</aside>
<main class="bs-hoved-indhold"><iframe name="indhold" id="indhold" class="bs-indhold" title="Sagsindhold for ${bsName(c.person)}" src="${src}"></iframe></main>
</div>
</body>
</html>`;
}

/** An inner page (inside the iframe): person header, title, content. */
export function innerPage(c: Citizen, view: string, title: string, body: Html, flash?: { ok?: string | null; error?: string | null }): SafeHtml {
  return html`<html lang="da">
${head(title)}
<body class="bs-side" data-visning="${view}">
<div class="bs-personhoved" data-person-id="${c.id}">
  <span class="bs-label">Person:</span> <span class="bs-navn">${bsName(c.person)}</span>
  &nbsp; <span class="bs-label">CPR-nr.:</span> <span class="bs-cpr">${bsCpr(c.person)}</span>
  &nbsp; <span class="bs-label">Rolle:</span> <span class="bs-rolle">${c.familyRole === 'parent' ? 'Forælder' : c.familyRole === 'child' ? 'Barn' : 'Person'}</span>
</div>
<h1>${title}</h1>
${flash?.ok ? html`<p class="bs-ok" role="status">${flash.ok}</p>` : ''}
${flash?.error ? html`<p class="bs-fejl" role="alert">${flash.error}</p>` : ''}
${body}
</body>
</html>`;
}

/** A BørneSag table: first column is always "Sagsnr." (the native id, as text). */
export function bsTable(list: string, headers: string[], rows: { id: string; cells: Html[] }[]): SafeHtml {
  if (rows.length === 0) return html`<p class="bs-tom" data-liste="${list}">Ingen registreringer.</p>`;
  return html`<table class="bs-tabel" data-liste="${list}">
<thead><tr><th scope="col">Sagsnr.</th>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`<tr><td class="bs-sagsnr">${r.id}</td>${r.cells.map((x) => html`<td>${x}</td>`)}</tr>\n`)}
</tbody>
</table>`;
}

export function outerPage(title: string, body: Html): SafeHtml {
  return html`<html lang="da">
${head(title)}
<body class="bs-side">
<header class="bs-top"><span class="bs-produkt">BørneSag</span><span>Familierådgivningen · Demoby Kommune</span><span class="bs-bruger">Bruger: HK0815 Hanne Kirk</span></header>
${body}
</body>
</html>`;
}
