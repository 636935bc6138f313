/** JobSag pagination: ?side=N (1-based), ?pr_side=N (default 10, max 5000), links rel="prev"/rel="next". */
import { intParam } from '../shared/http';
import { html, type SafeHtml } from '../shared/html';

export const PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 5000;

export interface Paged<T> {
  rows: T[];
  page: number;
  pages: number;
  perPage: number;
  total: number;
  nav: SafeHtml;
}

export function paginate<T>(items: T[], url: URL): Paged<T> {
  const perPage = intParam(url, 'pr_side', PAGE_SIZE, MAX_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const page = Math.min(intParam(url, 'side', 1, Number.MAX_SAFE_INTEGER), pages);
  const rows = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number): string => {
    const u = new URLSearchParams(url.searchParams);
    u.delete('oprettet');
    u.set('side', String(p));
    return `${url.pathname}?${u.toString()}`;
  };
  const from = items.length === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(page * perPage, items.length);
  const nav = html`<nav class="js-pager" aria-label="Sideskift">
${page > 1 ? html`<a rel="prev" href="${link(page - 1)}">Forrige</a>` : ''}
<span class="js-pager-status">Side ${page} af ${pages}</span>
<span class="js-pager-antal">Viser ${from}–${to} af ${items.length}</span>
${page < pages ? html`<a rel="next" href="${link(page + 1)}">Næste</a>` : ''}
</nav>`;
  return { rows, page, pages, perPage, total: items.length, nav };
}
