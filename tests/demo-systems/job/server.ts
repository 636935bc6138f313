/** JobSag: the jobcenter demo system (KMD Momentum-like), server-rendered with paginated tables. */
import type http from 'node:http';
import { html } from '../shared/html';
import { createApp, readForm, redirect, Router, sendAsset, sendHtml, type Ctx } from '../shared/http';
import { registerQuirks } from '../quirks/routes';
import { findCitizen } from '../data/records';
import type { Citizen, SystemData } from '../data/types';
import { jobPage } from './layout';
import { citizenListPage } from './pages/citizens';
import { documentsPage, effortsPage, meetingsPage, overviewPage, planPage, requestsPage } from './pages/citizen';
import { createEffort, createMeeting, createRequest, effortForm, meetingForm, requestForm, type FormResult } from './pages/forms';
import { JOB_CSS } from './style';

export interface JobServerOptions {
  /** Reference day (YYYY-MM-DD): the date new records get. */
  today: string;
}

export function createServer(seed: SystemData, opts: JobServerOptions): http.Server {
  let data: SystemData = structuredClone(seed);
  const router = new Router();

  const notFound = (ctx: Ctx): void =>
    sendHtml(ctx.res, 404, jobPage({ title: 'Ikke fundet', body: html`<section class="js-panel"><h2>Siden findes ikke</h2><p><a href="/borgere">Til borgerlisten</a></p></section>` }));

  const withCitizen = (fn: (ctx: Ctx, c: Citizen) => void | Promise<void>) => async (ctx: Ctx): Promise<void> => {
    const c = findCitizen(data, ctx.params.id ?? '');
    if (!c) return notFound(ctx);
    await fn(ctx, c);
  };

  const formRoute = (
    path: string,
    list: string,
    render: (c: Citizen, f: URLSearchParams, error: string | null) => ReturnType<typeof requestForm>,
    create: (c: Citizen, f: URLSearchParams) => FormResult,
  ): void => {
    router.on('GET', `/borger/:id/${path}/ny`, withCitizen((ctx, c) => sendHtml(ctx.res, 200, render(c, new URLSearchParams(), null))));
    router.on('POST', `/borger/:id/${path}/ny`, withCitizen(async (ctx, c) => {
      const f = await readForm(ctx.req);
      const result = create(c, f);
      if (!result.ok) return sendHtml(ctx.res, 400, render(c, f, result.error));
      redirect(ctx.res, `/borger/${encodeURIComponent(c.id)}/${list}?oprettet=${encodeURIComponent(result.id)}`);
    }));
  };

  router
    .on('GET', '/', (ctx) => redirect(ctx.res, '/borgere'))
    .on('GET', '/static/jobsag.css', (ctx) => sendAsset(ctx.res, 'text/css; charset=utf-8', JOB_CSS))
    .on('GET', '/borgere', (ctx) => sendHtml(ctx.res, 200, citizenListPage(data, ctx.url)))
    .on('GET', '/borger/:id', withCitizen((ctx, c) => sendHtml(ctx.res, 200, overviewPage(data, c))))
    .on('GET', '/borger/:id/indsatser', withCitizen((ctx, c) => sendHtml(ctx.res, 200, effortsPage(data, c, ctx.url))))
    .on('GET', '/borger/:id/anmodninger', withCitizen((ctx, c) => sendHtml(ctx.res, 200, requestsPage(data, c, ctx.url))))
    .on('GET', '/borger/:id/dokumenter', withCitizen((ctx, c) => sendHtml(ctx.res, 200, documentsPage(data, c, ctx.url))))
    .on('GET', '/borger/:id/moeder', withCitizen((ctx, c) => sendHtml(ctx.res, 200, meetingsPage(data, c, ctx.url))))
    .on('GET', '/borger/:id/plan', withCitizen((ctx, c) => sendHtml(ctx.res, 200, planPage(data, c))));

  formRoute('anmodninger', 'anmodninger', requestForm, (c, f) => createRequest(data, c, f, opts.today));
  formRoute('indsatser', 'indsatser', effortForm, (c, f) => createEffort(data, c, f, opts.today));
  formRoute('moeder', 'moeder', meetingForm, (c, f) => createMeeting(data, c, f));

  registerQuirks(router, { data: () => data, today: opts.today }); // test-only hostile routes (README)

  return createApp({
    router,
    serverName: 'JobSag/7.4',
    notFound,
    reset: () => {
      data = structuredClone(seed);
    },
  });
}
