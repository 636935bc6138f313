/** BørneSag: the children-and-family demo system (DUBU-like). The case is shown in an iframe inside a frame shell. */
import type http from 'node:http';
import { html, type SafeHtml } from '../shared/html';
import { createApp, readForm, redirect, Router, sendAsset, sendHtml, type Ctx } from '../shared/http';
import { registerQuirks } from '../quirks/routes';
import { findCitizen } from '../data/records';
import type { Citizen, SystemData } from '../data/types';
import { frameShell, outerPage, VIEWS } from './layout';
import { createEffort, createMeeting, createRequest, effortForm, meetingForm, requestForm, type FormResult } from './pages/forms';
import { searchPage } from './pages/search';
import { documentsView, effortsView, familyView, meetingsView, overviewView, planView, requestsView } from './pages/views';
import { CHILDREN_CSS } from './style';

export interface ChildrenServerOptions {
  today: string;
}

export function createServer(seed: SystemData, opts: ChildrenServerOptions): http.Server {
  let data: SystemData = structuredClone(seed);
  const router = new Router();
  const notFound = (ctx: Ctx): void => sendHtml(ctx.res, 404, outerPage('Ikke fundet', html`<h1>Personen eller siden findes ikke</h1><p><a href="/soeg" target="_top">Søg person</a></p>`));

  const person = (fn: (ctx: Ctx, c: Citizen) => void | Promise<void>) => async (ctx: Ctx): Promise<void> => {
    const c = findCitizen(data, ctx.url.searchParams.get('id') ?? '');
    if (!c) return notFound(ctx);
    await fn(ctx, c);
  };

  const views: Record<string, (c: Citizen, url: URL) => SafeHtml> = {
    overblik: (c) => overviewView(data, c, opts.today),
    familie: (c) => familyView(data, c, opts.today),
    indsatser: (c, url) => effortsView(data, c, url),
    undersoegelser: (c, url) => requestsView(data, c, url),
    dokumenter: (c) => documentsView(data, c),
    moeder: (c, url) => meetingsView(data, c, url),
    handleplan: (c) => planView(data, c),
    'ny-anmodning': (c) => requestForm(c, new URLSearchParams(), null),
    'ny-indsats': (c) => effortForm(c, new URLSearchParams(), null),
    'nyt-moede': (c) => meetingForm(c, new URLSearchParams(), null),
  };
  const known = new Set(VIEWS.map(([k]) => k));

  router
    .on('GET', '/', (ctx) => redirect(ctx.res, '/soeg'))
    .on('GET', '/static/boernesag.css', (ctx) => sendAsset(ctx.res, 'text/css; charset=utf-8', CHILDREN_CSS))
    .on('GET', '/soeg', (ctx) => sendHtml(ctx.res, 200, searchPage(data, ctx.url)))
    .on('GET', '/sag/ramme', person((ctx, c) => {
      const vis = ctx.url.searchParams.get('vis') ?? 'overblik';
      sendHtml(ctx.res, 200, frameShell(data, c, known.has(vis) ? vis : 'overblik', opts.today));
    }))
    .on('GET', '/sag/indhold/:view', person((ctx, c) => {
      const render = views[ctx.params.view ?? ''];
      if (!render) return notFound(ctx);
      sendHtml(ctx.res, 200, render(c, ctx.url));
    }));

  const post = (
    view: string,
    list: string,
    render: (c: Citizen, f: URLSearchParams, e: string | null) => SafeHtml,
    create: (c: Citizen, f: URLSearchParams) => FormResult,
  ): void => {
    router.on('POST', `/sag/indhold/${view}`, person(async (ctx, c) => {
      const f = await readForm(ctx.req);
      const r = create(c, f);
      if (!r.ok) return sendHtml(ctx.res, 400, render(c, f, r.error));
      redirect(ctx.res, `/sag/indhold/${list}?id=${encodeURIComponent(c.id)}&oprettet=${encodeURIComponent(r.id)}`);
    }));
  };
  post('ny-anmodning', 'undersoegelser', requestForm, (c, f) => createRequest(data, c, f, opts.today));
  post('ny-indsats', 'indsatser', effortForm, (c, f) => createEffort(data, c, f, opts.today));
  post('nyt-moede', 'moeder', meetingForm, (c, f) => createMeeting(data, c, f));

  registerQuirks(router, { data: () => data, today: opts.today }); // test-only hostile routes (README)

  return createApp({
    router,
    serverName: 'BoerneSag/3.11 (ICS)',
    notFound,
    reset: () => {
      data = structuredClone(seed);
    },
  });
}
