/** VoksenNet: the adult social demo system (Nexus/Bosted-like), with a cookie banner and records behind links. */
import type http from 'node:http';
import { html, type SafeHtml } from '../shared/html';
import { cookie, createApp, readForm, redirect, Router, sendAsset, sendHtml, type Ctx } from '../shared/http';
import { registerQuirks } from '../quirks/routes';
import { findCitizen } from '../data/records';
import type { Citizen, SystemData } from '../data/types';
import { vnName } from './format';
import { adultPage, type AdultTab } from './layout';
import { recordDetail } from './pages/detail';
import { createEffort, createMeeting, createRequest, effortForm, meetingForm, requestForm, type FormResult } from './pages/forms';
import { citizenList, documents, efforts, meetings, overview, plans, requests } from './pages/lists';
import { ADULT_CSS } from './style';

export interface AdultServerOptions {
  today: string;
}

export const COOKIE_NAME = 'vn_samtykke';

export function createServer(seed: SystemData, opts: AdultServerOptions): http.Server {
  let data: SystemData = structuredClone(seed);
  const router = new Router();

  const send = (ctx: Ctx, status: number, o: { title: string; body: SafeHtml; citizen?: Citizen; tab?: AdultTab; flash?: string | null; error?: string | null }): void =>
    sendHtml(ctx.res, status, adultPage({ ...o, path: ctx.url.pathname + ctx.url.search, showCookieBanner: !cookie(ctx.req, COOKIE_NAME) }));

  const notFound = (ctx: Ctx): void => send(ctx, 404, { title: 'Ikke fundet', body: html`<section class="vn-kort"><h2>Siden blev ikke fundet</h2><p><a href="/borgerliste">Til borgerlisten</a></p></section>` });

  const withCitizen = (fn: (ctx: Ctx, c: Citizen) => void | Promise<void>) => async (ctx: Ctx): Promise<void> => {
    const c = findCitizen(data, ctx.params.id ?? '');
    if (!c) return notFound(ctx);
    await fn(ctx, c);
  };

  const flash = (ctx: Ctx, what: string): string | null => (ctx.url.searchParams.get('ny') ? `${what} (id ${ctx.url.searchParams.get('ny') ?? ''}).` : null);

  const lists: [string, AdultTab, string, (c: Citizen) => SafeHtml, string][] = [
    ['', 'overblik', 'Borgeroverblik', (c) => overview(data, c), ''],
    ['/ydelser', 'ydelser', 'Ydelser og indsatser', (c) => efforts(data, c), 'Ydelsen er oprettet'],
    ['/forespoergsler', 'forespoergsler', 'Forespørgsler', (c) => requests(data, c), 'Forespørgslen er sendt'],
    ['/dokumenter', 'dokumenter', 'Dokumenter', (c) => documents(data, c), ''],
    ['/aftaler', 'aftaler', 'Aftaler', (c) => meetings(data, c), 'Aftalen er booket'],
    ['/handleplan', 'handleplan', 'Handleplan', (c) => plans(data, c), ''],
  ];

  router
    .on('GET', '/', (ctx) => redirect(ctx.res, '/borgerliste'))
    .on('GET', '/static/voksennet.css', (ctx) => sendAsset(ctx.res, 'text/css; charset=utf-8', ADULT_CSS))
    .on('GET', '/borgerliste', (ctx) => send(ctx, 200, { title: 'Borgerliste', body: citizenList(data, ctx.url) }))
    .on('GET', '/cookies', (ctx) => send(ctx, 200, { title: 'Cookies', body: html`<section class="vn-kort"><h2>Cookies</h2><p>VoksenNet gemmer dit cookievalg i cookien ${COOKIE_NAME}. Der bruges ingen cookies til andet i denne demo.</p></section>` }))
    .on('POST', '/cookies', async (ctx) => {
      const f = await readForm(ctx.req);
      const choice = f.get('valg') === 'noedvendige' ? 'noedvendige' : 'alle';
      redirect(ctx.res, f.get('tilbage') ?? '/borgerliste', { 'Set-Cookie': `${COOKIE_NAME}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly` });
    });

  for (const [sub, tab, title, render, done] of lists) {
    router.on('GET', `/borger/:id${sub}`, withCitizen((ctx, c) => send(ctx, 200, { title: `${vnName(c.person)} – ${title}`, citizen: c, tab, body: render(c), flash: done ? flash(ctx, done) : null })));
  }

  const formRoute = (sub: string, tab: AdultTab, title: string, render: (c: Citizen, f: URLSearchParams) => SafeHtml, create: (c: Citizen, f: URLSearchParams) => FormResult): void => {
    router.on('GET', `/borger/:id/${sub}/ny`, withCitizen((ctx, c) => send(ctx, 200, { title, citizen: c, tab, body: render(c, new URLSearchParams()) })));
    router.on('POST', `/borger/:id/${sub}/ny`, withCitizen(async (ctx, c) => {
      const f = await readForm(ctx.req);
      const r = create(c, f);
      if (!r.ok) return send(ctx, 400, { title, citizen: c, tab, body: render(c, f), error: r.error });
      redirect(ctx.res, `/borger/${encodeURIComponent(c.id)}/${sub}?ny=${encodeURIComponent(r.id)}`);
    }));
  };
  formRoute('forespoergsler', 'forespoergsler', 'Ny forespørgsel', requestForm, (c, f) => createRequest(data, c, f, opts.today));
  formRoute('ydelser', 'ydelser', 'Opret ydelse', effortForm, (c, f) => createEffort(data, c, f, opts.today));
  formRoute('aftaler', 'aftaler', 'Book aftale', meetingForm, (c, f) => createMeeting(data, c, f));

  router.on('GET', '/borger/:id/:kind/:rid', withCitizen((ctx, c) => {
    const d = recordDetail(data, c, ctx.params.kind ?? '', ctx.params.rid ?? '');
    if (!d) return notFound(ctx);
    send(ctx, 200, { title: `${vnName(c.person)} – ${d.title}`, citizen: c, tab: d.tab, body: d.body });
  }));

  registerQuirks(router, { data: () => data, today: opts.today }); // test-only hostile routes (README)

  return createApp({
    router,
    serverName: 'VoksenNet/2024.2',
    notFound,
    reset: () => {
      data = structuredClone(seed);
    },
  });
}
