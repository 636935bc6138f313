/**
 * TEST-ONLY hostile pages for the reliability e2e tests (tests/e2e/reliability-*.spec.ts). Each is a SundhedsPortalen
 * citizen list (`table.sp-table[data-list="borgere"]`, columns Navn/CPR/Født, as the SPA renders it) that first
 * renames its own address to `/borgere?quirk=...` with history.replaceState, so the SundhedsPortalen adapter would
 * read it like the real list. What makes each one hostile:
 *   - kaster (throws): its scripts throw on load and on timers, reject promises, tamper with the page world's DOM
 *     and JS built-ins (textContent, querySelectorAll, Array.prototype.map, MutationObserver, window.chrome), and
 *     take every window message for one of their own.
 *   - flom (flood): changes the DOM 10,000 times a second for 10 s (?rate=, ?s=) and measures its own event loop.
 *   - stor (huge): about 50 MB of HTML (?mb=); ?form=tekst puts it all in one cell (few elements, much text).
 * The same HTML is served from an unconfigured origin by the tests, to compare "with" and "without" the extension.
 */
import type http from 'node:http';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A fictional citizen for row i: a name without digits and a CPR whose date part is a real date. */
export function quirkCitizen(i: number) {
  const first = ['Alma', 'Bo', 'Cecilie', 'Dan', 'Ella', 'Frode', 'Gry', 'Hans'][i % 8]!;
  const last = ['Quist', 'Quorning', 'Qvist', 'Quaade'][Math.floor(i / 8) % 4]!;
  const dd = String(1 + (i % 28)).padStart(2, '0');
  const mm = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const yy = String(50 + (i % 40));
  const serial = String(1000 + (i % 9000));
  return { id: `Q${9000 + i}`, name: `${first} ${last}`, cpr: `${dd}${mm}${yy}${serial}`, born: `19${yy}-${mm}-${dd}` };
}

const row = (i: number, note = '') => {
  const c = quirkCitizen(i);
  return `<tr data-record-id="${c.id}"><td><a href="/borger/${c.id}">${esc(c.name)}</a></td><td>${c.cpr}</td><td>${c.born}</td><td>${note}</td></tr>\n`;
};

function head(quirk: string, script = '') {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>SundhedsPortalen – ${quirk}</title>
<script>history.replaceState(null, '', '/borgere?quirk=${quirk}');</script>
${script}
</head><body>
<h1>Borgere (${quirk})</h1>
<table class="sp-table" data-list="borgere"><thead><tr><th scope="col">Navn</th><th scope="col">CPR</th><th scope="col">Født</th><th scope="col">Note</th></tr></thead><tbody>
`;
}
const TAIL = `</tbody></table></body></html>`;

/** How many rows the throwing and flooding pages list (all readable). */
export const QUIRK_ROWS = 12;

// The page's own hostile scripts: run in the PAGE's world, before and after the table is parsed.
const KASTER_SCRIPT = `<script>
  window.__quirk = { errors: 0, rejections: 0, clicks: 0, messages: [] };
  addEventListener('error', () => { window.__quirk.errors++; });
  // A careless listener: every window message is taken for one of its own.
  addEventListener('message', (e) => { window.__quirk.messages.push(typeof e.data === 'string' ? e.data : Object.keys(e.data || {}).join()); });
  addEventListener('unhandledrejection', () => { window.__quirk.rejections++; });
  setInterval(() => { throw new Error('kaster: timer'); }, 50);
  setInterval(() => { Promise.reject(new Error('kaster: promise')); }, 100);
  // Lie about the DOM to anyone reading it from the page's world.
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'FALSK NAVN'; }, set() {} , configurable: true });
  Element.prototype.querySelectorAll = function () { throw new Error('kaster: querySelectorAll'); };
  Element.prototype.querySelector = function () { return null; };
  Array.prototype.map = function () { throw new Error('kaster: map'); };
  JSON.stringify = function () { return '"kaster"'; };
  window.MutationObserver = function () { throw new Error('kaster: MutationObserver'); };
  window.chrome = { runtime: { id: 'hbejeibommobkpkgnfcffnpihahgembd', sendMessage() { window.__quirk.fakeSend = true; } } };
  throw new Error('kaster: while loading');
</script>`;

export function kasterPage(): string {
  let rows = '';
  for (let i = 0; i < QUIRK_ROWS; i++) rows += row(i);
  const button = `<button id="ping" onclick="window.__quirk.clicks++">Ping</button>`;
  return head('kaster', KASTER_SCRIPT) + rows + TAIL.replace('</body>', `${button}<script>throw new Error('kaster: after load');</script></body>`);
}

const FLOOD_SCRIPT = `<script>
(() => {
  const params = new URLSearchParams(location.search);
  const rate = Number(params.get('rate') ?? 10000);
  const seconds = Number(params.get('s') ?? 10);
  const q = (window.__quirk = { started: 0, done: false, mutations: 0, ticks: 0, maxLag: 0, lags: [], longTasks: [] });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) q.longTasks.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // Event-loop lag: a 20 ms heartbeat, lag = how late it fires.
  let expected = performance.now() + 20;
  const beat = () => {
    const now = performance.now();
    const lag = Math.max(0, now - expected);
    q.maxLag = Math.max(q.maxLag, lag);
    if (lag > 50) q.lags.push(Math.round(lag));
    expected = now + 20;
    if (!q.done) setTimeout(beat, 20);
  };
  const start = () => {
    const box = document.getElementById('flom');
    const spans = [];
    for (let i = 0; i < 100; i++) { const s = document.createElement('span'); s.textContent = 'x'; box.append(s); spans.push(s.firstChild); }
    q.started = performance.now();
    const tick = () => {
      const elapsed = performance.now() - q.started;
      if (elapsed >= seconds * 1000) { q.done = true; clearInterval(timer); return; }
      // Catch up to the rate whatever the timer granularity: mutations so far = rate × elapsed time.
      const perTick = Math.max(0, Math.round((rate * elapsed) / 1000) - q.mutations);
      // Half text edits (characterData), a quarter inserts, a quarter removals (childList): the DOM stays small.
      for (let i = 0; i < perTick; i++) {
        const k = i % 4;
        if (k < 2) spans[(q.mutations + i) % spans.length].data = String(q.mutations + i);
        else if (k === 2) box.append(document.createElement('i'));
        else box.lastElementChild && box.lastElementChild.tagName === 'I' && box.lastElementChild.remove();
      }
      q.mutations += perTick;
      q.ticks++;
    };
    const timer = setInterval(tick, 10);
    setTimeout(beat, 20);
  };
  addEventListener('load', () => (params.has('manual') ? (window.__quirkStart = start) : start()));
})();
</script>`;

export function flomPage(): string {
  let rows = '';
  for (let i = 0; i < QUIRK_ROWS; i++) rows += row(100 + i);
  return head('flom', FLOOD_SCRIPT) + rows + TAIL.replace('</body>', '<div id="flom" aria-hidden="true"></div></body>');
}

/** About `mb` megabytes of HTML, streamed: many rows (default), or a few rows and one huge text (form=tekst). */
export function sendStorPage(res: http.ServerResponse, mb: number, form: 'rækker' | 'tekst') {
  const target = mb * 1024 * 1024;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  const note = 'Lang bemærkning om borgerens forløb. '.repeat(24); // ~900 bytes: 50 MB ≈ 49,000 rows ≈ 295,000 elements
  let sent = 0;
  const write = (s: string) => {
    sent += Buffer.byteLength(s);
    return res.write(s);
  };
  write(head(`stor-${form}`));
  let i = 0;
  if (form === 'tekst') {
    // A readable list of QUIRK_ROWS citizens, then one journal note of `mb` MB below it: few elements, much text.
    // (In ~90 kB paragraphs, ~570 elements in all: one 50 MB text node takes Chromium's own parser minutes, with or
    // without any extension.)
    for (; i < QUIRK_ROWS; i++) write(row(i));
    write('</tbody></table><div class="sp-notat">');
  }
  const pump = () => {
    while (sent < target) {
      let chunk = '';
      if (form === 'tekst') chunk = `<p>${note.repeat(100)}</p>\n`.repeat(10);
      else for (let k = 0; k < 200; k++) chunk += row(i++, note);
      if (!write(chunk)) return void res.once('drain', pump);
    }
    res.end(form === 'tekst' ? '</div></body></html>' : TAIL);
  };
  pump();
}
