/**
 * TEST-ONLY routes for hostile pages and a hostile citizen; see quirks/README section in ../README.md.
 * A server registers them with one line; they never appear in the normal navigation of a demo system.
 */
import type { Router } from '../shared/http';
import { intParam, sendHtml, sendJson } from '../shared/http';
import { raw } from '../shared/html';
import type { SystemData } from '../data/types';
import { addHostileCitizen } from './hostile-citizen';
import { flomPage, kasterPage, sendStorPage } from './pages';

export interface QuirkOptions {
  /** The server's current data (it is replaced on /__reset). */
  data: () => SystemData;
  today: string;
  /** Only SundhedsPortalen serves the hostile pages (they mimic its citizen list). */
  pages?: boolean;
}

export function registerQuirks(router: Router, opts: QuirkOptions): void {
  router.on('POST', '/__quirks/hostile-citizen', (ctx) => {
    const c = addHostileCitizen(opts.data(), opts.today);
    sendJson(ctx.res, 200, { id: c.id, cpr: c.person.cpr });
  });
  if (!opts.pages) return;
  router
    .on('GET', '/__quirks/kaster', (ctx) => sendHtml(ctx.res, 200, raw(kasterPage().replace(/^<!doctype html>\n/, ''))))
    .on('GET', '/__quirks/flom', (ctx) => sendHtml(ctx.res, 200, raw(flomPage().replace(/^<!doctype html>\n/, ''))))
    .on('GET', '/__quirks/stor', (ctx) => sendStorPage(ctx.res, intParam(ctx.url, 'mb', 50, 200), ctx.url.searchParams.get('form') === 'tekst' ? 'tekst' : 'rækker'));
}
