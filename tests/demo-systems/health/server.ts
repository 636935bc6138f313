/**
 * SundhedsPortalen: the health and rehabilitation demo system, a client-side SPA. Every page URL returns the same
 * shell; /static/app.js fetches JSON from /api/... (answers delayed ~300 ms) and navigates with history.pushState.
 */
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp, HttpError, intParam, readJson, Router, sendAsset, sendHtml, sendJson, sleep, type Ctx } from '../shared/http';
import { registerQuirks } from '../quirks/routes';
import { findCitizen } from '../data/records';
import type { Citizen, SystemData } from '../data/types';
import { citizenJson, citizenSummary, createFromJson, listFor, typesJson } from './api';
import { shellHtml } from './shell';
import { HEALTH_CSS } from './style';

export interface HealthServerOptions {
  today: string;
  /** Delay of every /api answer in ms (default env DEMO_SPA_DELAY_MS or 300); ?delay=ms on a request overrides it. */
  apiDelayMs?: number;
}

const APP_JS = readFileSync(fileURLToPath(new URL('./client/app.js', import.meta.url)), 'utf8');

export function defaultApiDelay(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DEMO_SPA_DELAY_MS);
  return env.DEMO_SPA_DELAY_MS !== undefined && Number.isInteger(n) && n >= 0 ? n : 300;
}

export function createServer(seed: SystemData, opts: HealthServerOptions): http.Server {
  let data: SystemData = structuredClone(seed);
  const baseDelay = opts.apiDelayMs ?? defaultApiDelay();
  const router = new Router();

  const delay = async (ctx: Ctx): Promise<void> => {
    const raw = ctx.url.searchParams.get('delay');
    const ms = raw === '0' ? 0 : intParam(ctx.url, 'delay', baseDelay, 10_000);
    if (ms > 0) await sleep(ms);
  };
  const api = (fn: (ctx: Ctx) => void | Promise<void>) => async (ctx: Ctx): Promise<void> => {
    await delay(ctx);
    try {
      await fn(ctx);
    } catch (err) {
      if (err instanceof HttpError) return sendJson(ctx.res, err.status, { fejl: err.message });
      throw err;
    }
  };
  const citizen = (ctx: Ctx): Citizen => {
    const c = findCitizen(data, ctx.params.id ?? '');
    if (!c) throw new HttpError(404, 'Ukendt borger');
    return c;
  };

  router
    .on('GET', '/static/app.js', (ctx) => sendAsset(ctx.res, 'text/javascript; charset=utf-8', APP_JS))
    .on('GET', '/static/sundhed.css', (ctx) => sendAsset(ctx.res, 'text/css; charset=utf-8', HEALTH_CSS))
    .on('GET', '/api/typer', api((ctx) => sendJson(ctx.res, 200, typesJson())))
    .on('GET', '/api/borgere', api((ctx) => {
      const q = (ctx.url.searchParams.get('q') ?? '').trim().toLowerCase();
      const list = data.citizens
        .filter((c) => !q || `${c.person.firstName} ${c.person.lastName}`.toLowerCase().includes(q) || (/^\d+$/.test(q) && c.person.cpr.startsWith(q)))
        .sort((a, b) => a.person.lastName.localeCompare(b.person.lastName, 'da') || a.person.firstName.localeCompare(b.person.firstName, 'da'))
        .map(citizenSummary);
      sendJson(ctx.res, 200, list);
    }))
    .on('GET', '/api/borgere/:id', api((ctx) => sendJson(ctx.res, 200, citizenJson(citizen(ctx)))))
    .on('GET', '/api/borgere/:id/:kind', api((ctx) => {
      const list = listFor(data, citizen(ctx), ctx.params.kind ?? '');
      if (!list) return sendJson(ctx.res, 404, { fejl: 'Ukendt liste' });
      sendJson(ctx.res, 200, list);
    }))
    .on('POST', '/api/borgere/:id/:kind', api(async (ctx) => {
      const c = citizen(ctx);
      const body = await readJson(ctx.req);
      const r = createFromJson(data, c, ctx.params.kind ?? '', body, opts.today);
      if (!r) return sendJson(ctx.res, 404, { fejl: 'Kan ikke oprette her' });
      if (!r.ok) return sendJson(ctx.res, 400, { fejl: r.fejl });
      sendJson(ctx.res, 201, r.record);
    }));

  registerQuirks(router, { data: () => data, today: opts.today, pages: true }); // test-only hostile routes (README)

  return createApp({
    router,
    serverName: 'SundhedsPortalen/5 (node)',
    // Every other GET outside /api and /static is a page of the SPA: serve the shell.
    notFound: (ctx) => {
      const p = ctx.url.pathname;
      if (ctx.req.method === 'GET' && !p.startsWith('/api/') && !p.startsWith('/static/')) return sendHtml(ctx.res, 200, shellHtml());
      if (p.startsWith('/api/')) return sendJson(ctx.res, 404, { fejl: 'Ikke fundet' });
      ctx.res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      ctx.res.end('Ikke fundet');
    },
    reset: () => {
      data = structuredClone(seed);
    },
  });
}
