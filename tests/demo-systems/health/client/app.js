// SundhedsPortalen client (plain browser JavaScript, no build step).
// Renders every page from JSON fetched from /api/..., navigates with history.pushState and handles popstate.
// All text goes into the DOM through textContent (the h() helper), never through innerHTML.

const app = document.getElementById('app');

// ?delay=ms on the page URL is passed on to every API call (the server default is ~300 ms).
const pageParams = new URLSearchParams(location.search);
const apiDelay = pageParams.get('delay');

const TABS = [
  ['', 'Overblik'],
  ['forloeb', 'Forløb'],
  ['henvisninger', 'Henvisninger og anmodninger'],
  ['udtalelser', 'Udtalelser'],
  ['aftaler', 'Aftaler'],
  ['plan', 'Genoptræningsplan'],
];

const STATUS_TEXT = {
  planlagt: 'Planlagt', aktiv: 'Aktiv', afventer: 'Afventer svar', besvaret: 'Besvaret', afsluttet: 'Afsluttet', annulleret: 'Annulleret',
};

/** Create an element; children may be strings (text nodes), nodes, arrays, null/false (skipped). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  const add = (c) => {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) c.forEach(add);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  };
  children.forEach(add);
  return el;
}

// ---- date formats (deliberately mixed, see README): ISO "2026-03-12" and short "12/3-26"
const iso = (d) => d || '';
function short(d) {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${Number(day)}/${Number(m)}-${y.slice(2)}`;
}
function shortDateTime(at) {
  const [d, t] = at.split('T');
  return `${short(d)} kl. ${t}`;
}

async function api(path, init) {
  const url = new URL(path, location.origin);
  if (apiDelay !== null) url.searchParams.set('delay', apiDelay);
  const res = await fetch(url, { headers: { Accept: 'application/json', ...(init && init.body ? { 'Content-Type': 'application/json' } : {}) }, ...init });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.fejl || `HTTP ${res.status}`);
  return body;
}

// ---- routing
function parseRoute(pathname) {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'borgere')) return { page: 'list' };
  if (parts[0] === 'borger' && parts[1]) {
    if (parts.length === 2) return { page: 'citizen', id: parts[1], tab: '' };
    if (parts.length === 3 && TABS.some(([t]) => t === parts[2])) return { page: 'citizen', id: parts[1], tab: parts[2] };
    if (parts.length === 4 && parts[2] === 'ny' && ['anmodning', 'forloeb', 'aftale'].includes(parts[3])) return { page: 'form', id: parts[1], form: parts[3] };
  }
  return { page: 'notfound' };
}

let renderToken = 0;
let toast = null;

export function navigate(href, replace) {
  if (replace) history.replaceState({}, '', href);
  else history.pushState({}, '', href);
  render();
}

async function render() {
  const token = ++renderToken;
  const route = parseRoute(location.pathname);
  app.setAttribute('aria-busy', 'true');
  app.replaceChildren(h('p', { class: 'sp-loading' }, 'Henter data…'));
  try {
    const view = await buildView(route);
    if (token !== renderToken) return; // a newer navigation won
    const note = toast;
    toast = null;
    app.replaceChildren(...(note ? [h('p', { class: 'sp-toast', role: 'status' }, note)] : []), ...view);
  } catch (err) {
    if (token !== renderToken) return;
    app.replaceChildren(h('p', { class: 'sp-error', role: 'alert' }, `Der opstod en fejl: ${err.message}`));
  } finally {
    if (token === renderToken) app.setAttribute('aria-busy', 'false');
  }
}

async function buildView(route) {
  if (route.page === 'list') return listView();
  if (route.page === 'citizen') return citizenView(route.id, route.tab);
  if (route.page === 'form') return formView(route.id, route.form);
  document.title = 'Ikke fundet – SundhedsPortalen';
  return [h('h1', {}, 'Siden findes ikke'), h('p', {}, h('a', { href: '/' }, 'Til borgeroversigten'))];
}

// ---- pages
async function listView() {
  const q = new URLSearchParams(location.search).get('q') || '';
  const list = await api(`/api/borgere${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  document.title = 'Borgere – SundhedsPortalen';
  const form = h('form', { class: 'sp-actions', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const value = new FormData(e.target).get('q');
    navigate(value ? `/?q=${encodeURIComponent(value)}` : '/');
  } },
  h('label', { for: 'sp-q' }, 'Søg borger '), h('input', { id: 'sp-q', name: 'q', value: q }), h('button', { class: 'sp-button', type: 'submit' }, 'Søg'));
  return [
    h('h1', {}, 'Borgere'),
    form,
    h('table', { class: 'sp-table', 'data-list': 'borgere' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Navn'), h('th', { scope: 'col' }, 'CPR'), h('th', { scope: 'col' }, 'Født'))),
      h('tbody', {}, list.map((b) => h('tr', { 'data-record-id': b.id },
        h('td', {}, h('a', { href: `/borger/${encodeURIComponent(b.id)}` }, b.navn)), h('td', {}, b.cpr), h('td', {}, iso(b.foedselsdato)))))),
  ];
}

function header(b, tab) {
  const base = `/borger/${encodeURIComponent(b.id)}`;
  return [
    h('header', { class: 'sp-patient', 'data-borger-id': b.id },
      h('h1', { class: 'sp-patient-name' }, b.navn),
      h('span', { class: 'sp-patient-cpr', title: 'CPR-nummer' }, b.cpr),
      h('span', { class: 'sp-patient-born' }, `Født ${iso(b.foedselsdato)}`)),
    h('nav', { class: 'sp-tabs', 'aria-label': 'Faner' },
      TABS.map(([t, label]) => h('a', { href: t ? `${base}/${t}` : base, 'aria-current': t === tab ? 'page' : null }, label))),
  ];
}

const field = (label, value) => [h('dt', {}, label), h('dd', {}, value === null || value === undefined ? '' : value)];
const who = (a) => [...field('Behandler', a.navn), ...field('Enhed', a.enhed), ...field('Telefon', a.telefon)];
const card = (kind, id, title, fields, extra) =>
  h('article', { class: 'sp-card', 'data-record-id': id, 'data-kind': kind }, h('h3', { class: 'sp-card-title' }, title), h('dl', { class: 'sp-fields' }, fields), extra || null);
const cards = (list, fn, empty) => (list.length ? h('div', { class: 'sp-cards' }, list.map(fn)) : h('p', { class: 'sp-empty' }, empty));

async function citizenView(id, tab) {
  const enc = encodeURIComponent(id);
  const listKind = { forloeb: 'forloeb', henvisninger: 'anmodninger', udtalelser: 'udtalelser', aftaler: 'aftaler', plan: 'planer' }[tab];
  const [b, list] = await Promise.all([api(`/api/borgere/${enc}`), listKind ? api(`/api/borgere/${enc}/${listKind}`) : Promise.resolve(null)]);
  const label = (TABS.find(([t]) => t === tab) || ['', 'Overblik'])[1];
  document.title = `${b.navn} – ${label} – SundhedsPortalen`;
  const base = `/borger/${enc}`;
  const action = (href, text) => h('p', { class: 'sp-actions' }, h('a', { class: 'sp-button', href }, text));
  let body;
  switch (tab) {
    case '':
      body = [
        h('h2', {}, 'Oplysninger'),
        h('dl', { class: 'sp-fields sp-card' }, field('Adresse', b.adresse), field('Telefon', b.telefon), b.oplysninger.map((o) => field(o.felt, o.vaerdi))),
        h('h2', {}, 'Kontakter'),
        h('ul', { class: 'sp-contacts' }, b.kontakter.map((k) => h('li', { class: 'sp-contact', 'data-contact-id': k.id },
          h('strong', { class: 'sp-contact-name' }, k.navn), ' · ', h('span', { class: 'sp-contact-role' }, k.rolle), ' · ', h('span', { class: 'sp-contact-unit' }, k.enhed),
          ' · tlf. ', h('span', { class: 'sp-contact-phone' }, k.telefon), ' · ', h('a', { class: 'sp-contact-email', href: `mailto:${k.email}` }, k.email)))),
      ];
      break;
    case 'forloeb':
      body = [action(`${base}/ny/forloeb`, 'Nyt forløb'), cards(list, (r) => card('forloeb', r.id, r.titel, [
        field('Lovgrundlag', r.lovgrundlag), field('Status', STATUS_TEXT[r.status] || r.status), field('Start', iso(r.start)), field('Slut', iso(r.slut)),
        field('Omfang', r.omfang), field('Mål', r.maal), field('Udfører', r.udfoerer), who(r.ansvarlig),
      ]), 'Ingen forløb.')];
      break;
    case 'henvisninger':
      body = [action(`${base}/ny/anmodning`, 'Ny henvisning/anmodning'), cards(list, (r) => card('anmodning', r.id, r.betegnelse, [
        field('Modtager', r.modtager), field('Anmodet', iso(r.anmodet)), field('Svarfrist', short(r.frist)), field('Status', STATUS_TEXT[r.status] || r.status),
        field('Besvaret', short(r.besvaret)), field('Gebyr', r.gebyr === null ? '' : `${r.gebyr} kr.`), field('Note', r.note), who(r.ansvarlig),
      ]), 'Ingen henvisninger eller anmodninger.')];
      break;
    case 'udtalelser':
      body = [cards(list, (r) => card('udtalelse', r.id, r.titel, [
        field('Kategori', r.kategori), field('Afsender', r.afsender), field('Modtaget', short(r.modtaget)), field('Gyldig til', iso(r.gyldigTil)), who(r.ansvarlig),
      ]), 'Ingen modtagne udtalelser.')];
      break;
    case 'aftaler':
      body = [action(`${base}/ny/aftale`, 'Ny aftale'), cards(list, (r) => card('aftale', r.id, r.titel, [
        field('Tidspunkt', shortDateTime(r.tidspunkt)), field('Sted', r.sted), field('Deltagere', r.deltagere.join(', ')), field('Status', STATUS_TEXT[r.status] || r.status), who(r.ansvarlig),
      ]), 'Ingen aftaler.')];
      break;
    case 'plan':
      body = [cards(list, (r) => card('plan', r.id, r.titel, [
        field('Lovgrundlag', r.lovgrundlag), field('Status', STATUS_TEXT[r.status] || r.status), field('Oprettet', iso(r.oprettet)), field('Næste opfølgning', short(r.naesteOpfoelgning)), who(r.ansvarlig),
      ], [h('h4', {}, 'Mål'), h('ol', { class: 'sp-goals' }, r.maal.map((m) => h('li', {}, m)))]), 'Ingen genoptræningsplan.')];
      break;
    default:
      body = [];
  }
  return [...header(b, tab), h('section', { class: 'sp-tab', 'data-tab': tab || 'overblik' }, h('h2', { class: 'sp-tab-title' }, label), body)];
}

async function formView(id, kind) {
  const enc = encodeURIComponent(id);
  const [b, types] = await Promise.all([api(`/api/borgere/${enc}`), api('/api/typer')]);
  const base = `/borger/${enc}`;
  const spec = {
    anmodning: { title: 'Ny henvisning eller anmodning', api: 'anmodninger', back: 'henvisninger', what: 'Anmodning' },
    forloeb: { title: 'Nyt forløb', api: 'forloeb', back: 'forloeb', what: 'Forløb' },
    aftale: { title: 'Ny aftale', api: 'aftaler', back: 'aftaler', what: 'Aftale' },
  }[kind];
  document.title = `${b.navn} – ${spec.title} – SundhedsPortalen`;
  const f = (name, label, input) => h('div', { class: 'sp-field' }, h('label', { for: `f-${name}` }, label), input);
  const select = (name, options) => h('select', { id: `f-${name}`, name, required: true }, h('option', { value: '' }, 'Vælg…'), options.map(([v, t]) => h('option', { value: v }, t)));
  let fields;
  if (kind === 'anmodning') {
    fields = [
      f('type', 'Type', select('type', types.anmodninger.map((t) => [t.kode, t.betegnelse]))),
      f('modtager', 'Modtager', h('input', { id: 'f-modtager', name: 'modtager', placeholder: 'Tom = standardmodtager' })),
      f('note', 'Note', h('textarea', { id: 'f-note', name: 'note', rows: 3 })),
    ];
  } else if (kind === 'forloeb') {
    fields = [
      f('type', 'Forløb', select('type', types.forloeb.map((t) => [t.kode, `${t.titel} (${t.lovgrundlag})`]))),
      f('start', 'Start', h('input', { id: 'f-start', name: 'start', type: 'date', required: true })),
      f('slut', 'Slut', h('input', { id: 'f-slut', name: 'slut', type: 'date' })),
      f('omfang', 'Omfang', h('input', { id: 'f-omfang', name: 'omfang' })),
      f('maal', 'Mål', h('textarea', { id: 'f-maal', name: 'maal', rows: 3 })),
    ];
  } else {
    fields = [
      f('titel', 'Titel', select('titel', types.aftaler.map((t) => [t, t]))),
      f('tidspunkt', 'Tidspunkt', h('input', { id: 'f-tidspunkt', name: 'tidspunkt', type: 'datetime-local', required: true })),
      f('sted', 'Sted', h('input', { id: 'f-sted', name: 'sted', required: true, value: 'Genoptræningscenter Demoby' })),
      f('deltagere', 'Deltagere (én pr. linje)', h('textarea', { id: 'f-deltagere', name: 'deltagere', rows: 3 }, b.navn)),
    ];
  }
  const error = h('p', { class: 'sp-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'sp-form', id: `ny-${kind}`, 'data-api': `/api/borgere/${enc}/${spec.api}`, onsubmit: async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target).entries());
    if (kind === 'aftale') data.deltagere = String(data.deltagere || '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    const button = e.target.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const created = await api(`/api/borgere/${enc}/${spec.api}`, { method: 'POST', body: JSON.stringify(data) });
      toast = `${spec.what} ${created.id} er oprettet.`;
      navigate(`${base}/${spec.back}`);
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
      button.disabled = false;
    }
  } }, fields, error, h('p', { class: 'sp-actions' }, h('button', { class: 'sp-button', type: 'submit' }, 'Gem'), h('a', { class: 'sp-button secondary', href: `${base}/${spec.back}` }, 'Annuller')));
  return [...header(b, spec.back), h('h2', {}, spec.title), form];
}

// ---- link interception: same-origin links navigate with pushState, without reloading the page
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')) return;
  e.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => render());

render();
