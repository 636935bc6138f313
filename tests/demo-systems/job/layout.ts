/** JobSag page chrome: top bar, main menu, citizen header ("Efternavn, Fornavn" + CPR) and the citizen tabs. */
import { html, type Html, type SafeHtml } from '../shared/html';
import type { Citizen } from '../data/types';
import { jobCpr, jobName } from './format';

export type JobTab = 'oversigt' | 'indsatser' | 'anmodninger' | 'dokumenter' | 'moeder' | 'plan';

const TABS: [JobTab, string, string][] = [
  ['oversigt', 'Overblik', ''],
  ['indsatser', 'Indsatser', '/indsatser'],
  ['anmodninger', 'Helbredsoplysninger', '/anmodninger'],
  ['dokumenter', 'Dokumenter', '/dokumenter'],
  ['moeder', 'Møder', '/moeder'],
  ['plan', 'Min Plan', '/plan'],
];

export function citizenHeader(c: Citizen, tab: JobTab): SafeHtml {
  const base = `/borger/${encodeURIComponent(c.id)}`;
  return html`<section class="js-borgerhoved" aria-label="Borger" data-borger-id="${c.id}">
  <h1 class="js-borgernavn">${jobName(c.person)}</h1>
  <p class="js-borgercpr">CPR-nr. <span class="js-cpr">${jobCpr(c.person)}</span></p>
</section>
<nav class="js-faner" aria-label="Borgerens sider"><ul>
${TABS.map(([key, label, path]) => html`<li><a href="${base + path}"${key === tab ? html` aria-current="page"` : ''}>${label}</a></li>`)}
</ul></nav>`;
}

export function jobPage(opts: { title: string; citizen?: Citizen; tab?: JobTab; body: Html; flash?: string | null }): SafeHtml {
  return html`<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="JobSag 7.4.2">
<title>${opts.title} – JobSag</title>
<link rel="stylesheet" href="/static/jobsag.css">
</head>
<body class="js-app">
<header class="js-topbar">
  <span class="js-logo">Job<span>Sag</span></span>
  <span class="js-org">Jobcenter Demoby</span>
  <span class="js-user">Logget ind som Lene Bro (LB4711)</span>
</header>
<nav class="js-mainnav" aria-label="Hovedmenu"><a href="/borgere">Borgere</a><a href="/borgere?q=">Søg borger</a></nav>
<main id="indhold" class="js-main">
${opts.citizen ? citizenHeader(opts.citizen, opts.tab ?? 'oversigt') : ''}
${opts.flash ? html`<p class="js-besked" role="status">${opts.flash}</p>` : ''}
${opts.body}
</main>
<footer class="js-footer">JobSag · demo-system med fiktive data · Demoby Kommune</footer>
</body>
</html>`;
}

/** A JobSag grid: header texts in <th>, one <tr data-id="..."> per record. */
export function grid(list: string, caption: string, headers: string[], rows: { id: string; cells: Html[] }[]): SafeHtml {
  return html`<table class="js-grid" data-liste="${list}">
<caption>${caption}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.length === 0 ? html`<tr class="js-tom"><td colspan="${headers.length}">Ingen registreringer</td></tr>` : rows.map((r) => html`<tr data-id="${r.id}">${r.cells.map((c) => html`<td>${c}</td>`)}</tr>\n`)}
</tbody>
</table>`;
}
