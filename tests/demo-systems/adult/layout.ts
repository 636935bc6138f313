/** VoksenNet chrome: cookie banner (until dismissed), top bar, purple side menu, citizen banner with "CPR: ...". */
import { html, type Html, type SafeHtml } from '../shared/html';
import type { Citizen } from '../data/types';
import { vnCprFull, vnName } from './format';

export type AdultTab = 'overblik' | 'ydelser' | 'forespoergsler' | 'dokumenter' | 'aftaler' | 'handleplan';

export const ADULT_TABS: [AdultTab, string, string][] = [
  ['overblik', 'Borgeroverblik', ''],
  ['ydelser', 'Ydelser og indsatser', '/ydelser'],
  ['forespoergsler', 'Forespørgsler', '/forespoergsler'],
  ['dokumenter', 'Dokumenter', '/dokumenter'],
  ['aftaler', 'Aftaler', '/aftaler'],
  ['handleplan', 'Handleplan', '/handleplan'],
];

export interface AdultPageOpts {
  title: string;
  path: string;
  showCookieBanner: boolean;
  citizen?: Citizen;
  tab?: AdultTab;
  body: Html;
  flash?: string | null;
  error?: string | null;
}

function cookieBanner(path: string): SafeHtml {
  return html`<div class="vn-cookie" id="cookiebanner" role="region" aria-label="Cookies">
<p>Vi bruger cookies til at huske dine indstillinger og til anonym statistik. <a href="/cookies">Læs mere om cookies</a></p>
<form method="post" action="/cookies">
<input type="hidden" name="tilbage" value="${path}">
<button type="submit" name="valg" value="alle">Accepter alle</button>
<button type="submit" name="valg" value="noedvendige">Kun nødvendige</button>
</form>
</div>`;
}

export function adultPage(o: AdultPageOpts): SafeHtml {
  const c = o.citizen;
  const base = c ? `/borger/${encodeURIComponent(c.id)}` : '';
  return html`<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} | VoksenNet</title>
<link rel="stylesheet" href="/static/voksennet.css">
</head>
<body>
${o.showCookieBanner ? cookieBanner(o.path) : ''}
<header class="vn-top"><span class="vn-produkt">VoksenNet</span><span>Social og Handicap · Demoby Kommune</span><span class="vn-bruger">Rikke Nørgaard (RN7781) · <a href="/borgerliste">Borgerliste</a></span></header>
<div class="vn-layout">
<nav class="vn-sidemenu" aria-label="Menu">
${c
    ? ADULT_TABS.map(([key, label, sub]) => html`<a href="${base + sub}"${key === o.tab ? html` aria-current="page"` : ''}>${label}</a>`)
    : html`<a href="/borgerliste" aria-current="page">Borgerliste</a>`}
</nav>
<main class="vn-indhold">
${c
    ? html`<section class="vn-borgerbanner" aria-label="Borger" data-borger="${c.id}">
<h1 class="vn-navn">${vnName(c.person)}</h1>
<p class="vn-cpr">CPR: ${vnCprFull(c.person)}</p>
<p class="vn-adresse">${c.person.address}</p>
</section>`
    : ''}
${o.flash ? html`<p class="vn-besked" role="status">${o.flash}</p>` : ''}
${o.error ? html`<p class="vn-fejl" role="alert">${o.error}</p>` : ''}
${o.body}
</main>
</div>
</body>
</html>`;
}

/** A VoksenNet table: the first cell links to the record's own page; the native id is the last segment of that href. */
export function vnTable(list: string, headers: string[], rows: { href: string; title: string; cells: Html[] }[]): SafeHtml {
  if (rows.length === 0) return html`<p class="vn-tom" data-liste="${list}">Der er ingen registreringer.</p>`;
  return html`<table class="vn-tabel" data-liste="${list}">
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`<tr><td><a class="vn-link" href="${r.href}">${r.title}</a></td>${r.cells.map((x) => html`<td>${x}</td>`)}</tr>\n`)}
</tbody>
</table>`;
}
