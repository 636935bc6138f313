import type { PageSpec } from './spec';

/**
 * The address of the next page of a paginated list on this page, when the page links one on its own origin. Only a
 * real link counts: an adapter's `next` selector may also match a pager's "last page" marker.
 */
export function nextPageUrl(page: PageSpec, doc: Document, base: string): string | undefined {
  const origin = new URL(base).origin;
  for (const rs of page.records ?? []) {
    if (!rs.next) continue;
    for (const el of doc.querySelectorAll(rs.next)) {
      const href = el.tagName === 'A' ? el.getAttribute('href') : null;
      if (!href) continue;
      const url = new URL(href, base);
      if (url.origin === origin && url.href !== base) return url.href;
    }
  }
  return undefined;
}
