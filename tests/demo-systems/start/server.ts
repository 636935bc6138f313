/** The demo start page (port base+0): what the demo shows, links to the four systems and to every persona. */
import type http from 'node:http';
import { html } from '../shared/html';
import { createApp, Router, sendHtml } from '../shared/http';
import { fmtDot } from '../shared/dates';
import { SYSTEM_KEYS, type Dataset, type SystemKey } from '../data/types';
import { citizenPath, SYSTEM_NAMES } from '../links';

export interface StartServerOptions {
  urls: Record<SystemKey, string>;
}

const CSS = `body{font:16px/1.55 Georgia,"Times New Roman",serif;max-width:1050px;margin:0 auto;padding:24px;color:#1f2328;background:#fbfaf7}
h1{font-size:30px;margin-bottom:4px}table{border-collapse:collapse;width:100%;margin:12px 0 24px;font:14px system-ui,sans-serif}
th,td{border:1px solid #d5d0c4;padding:6px 8px;text-align:left;vertical-align:top}th{background:#eee9dc}
.lead{font-size:18px}.meta{color:#57606a;font:13px system-ui,sans-serif}ul.systemer li{margin:4px 0}code{font-size:13px}`;

export function createServer(dataset: Dataset, opts: StartServerOptions): http.Server {
  const router = new Router();
  const page = () => html`<html lang="da"><head><meta charset="utf-8"><title>Én plan – demo</title><style>${CSS}</style></head><body>
<main>
<h1>Én plan — demo</h1>
<p class="meta">Referencedag for alle datoer: ${fmtDot(dataset.today)} · alle navne og CPR-numre er opdigtede</p>
<p class="lead">Her kører fire opdigtede fagsystemer fra Demoby Kommune, hver med sit eget udseende, sin egen adresse og sine egne vaner:
et jobcenter, børn og familie, voksen-social og sundhed og genoptræning. Sagsbehandlerne arbejder hver i sit system og kan ikke se,
hvad de andre gør for den samme borger.</p>
<p>Udvidelsen <strong>Én plan</strong> læser siderne, mens sagsbehandleren arbejder, kobler det, der hører til samme borger og familie,
og viser det, som ellers ikke ses: den samme lægeattest bestilt to gange med få ugers mellemrum, mentorstøtte, bostøtte og familiebehandling
med de samme mål, tre møder i samme uge i tre forvaltninger og tre planer for én borger.</p>
<h2>Systemerne</h2>
<ul class="systemer">
${SYSTEM_KEYS.map((k) => html`<li><a href="${opts.urls[k]}/">${SYSTEM_NAMES[k]}</a> <span class="meta">${opts.urls[k]}</span></li>`)}
</ul>
<h2>Personer i demoen</h2>
<table>
<thead><tr><th scope="col">Person</th><th scope="col">Alder</th><th scope="col">Situation</th>${SYSTEM_KEYS.map((k) => html`<th scope="col">${SYSTEM_NAMES[k]}</th>`)}</tr></thead>
<tbody>
${dataset.personas.map((p) => html`<tr data-persona="${p.key}"><td>${p.name}${p.control ? html` <span class="meta">(kontrol)</span>` : ''}</td><td>${p.age}</td><td>${p.summary}</td>
${SYSTEM_KEYS.map((k) => {
    const id = p.ids[k];
    return html`<td>${id ? html`<a href="${opts.urls[k] + citizenPath(k, id)}">Åbn</a>` : '–'}</td>`;
  })}</tr>`)}
</tbody>
</table>
<h2>Det, demoen viser</h2>
<ul>
<li><strong>Trine Hansen</strong>: jobcenteret har bestilt en LÆ 265 for 24 dage siden, og voksen-social bestilte de samme helbredsoplysninger fra egen læge for 3 dage siden. Mentorstøtte, socialpædagogisk støtte (SEL § 85) og familiebehandling (Barnets lov § 32) kører samtidig med næsten samme mål. Tre møder i samme uge i tre forvaltninger. Tre aktive planer: Min Plan, handleplan (SEL § 141) og familiens plan.</li>
<li><strong>Pernille</strong>: jobcenteret har allerede en gyldig LÆ 265, men voksen-social spørger lægen igen. En udtalelse fra psykiatrien har overskredet sin frist.</li>
<li><strong>Jakob</strong>: jobcenteret bestiller en LÆ 265, mens sundhed allerede har en udtalelse fra smerteklinikken og en statusattest fra egen læge.</li>
<li>Kontrolpersonerne har intet overlap; her må Én plan ikke vise noget.</li>
</ul>
<h2>Stor side til målinger</h2>
<p>${dataset.large.name} har ${dataset.large.rows} indsatser i hvert system:</p>
<ul>
<li><a href="${opts.urls.job}/borger/${encodeURIComponent(dataset.large.ids.job)}/indsatser?pr_side=${dataset.large.rows}">JobSag, alle på én side</a></li>
<li><a href="${opts.urls.children}/sag/ramme?id=${encodeURIComponent(dataset.large.ids.children)}&amp;vis=indsatser">BørneSag</a></li>
<li><a href="${opts.urls.adult}/borger/${encodeURIComponent(dataset.large.ids.adult)}/ydelser">VoksenNet</a></li>
<li><a href="${opts.urls.health}/borger/${encodeURIComponent(dataset.large.ids.health)}/forloeb">SundhedsPortalen</a></li>
</ul>
</main>
</body></html>`;
  router.on('GET', '/', (ctx) => sendHtml(ctx.res, 200, page()));
  router.on('GET', '/personer.json', (ctx) => {
    ctx.res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    ctx.res.end(JSON.stringify({ today: dataset.today, urls: opts.urls, personas: dataset.personas, large: dataset.large }));
  });
  return createApp({
    router,
    serverName: 'EnPlan-Demo',
    notFound: (ctx) => sendHtml(ctx.res, 404, html`<html lang="da"><head><meta charset="utf-8"><title>Ikke fundet</title></head><body><p><a href="/">Til forsiden</a></p></body></html>`),
    reset: () => undefined,
  });
}
