import type { MessageKey } from '@/lib/i18n';

/**
 * A case system is one web origin: scheme, host and port. A path or query would suggest a narrower permission
 * than the browser can grant, so it is refused rather than silently dropped. Only http(s): the manifest's optional
 * host permissions cover nothing else.
 */
export function normaliseOrigin(input: string): { ok: true; origin: string } | { ok: false; error: MessageKey } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'options.systems.invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'options.systems.httpOnly' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) return { ok: false, error: 'options.systems.originOnly' };
  if (url.hostname.includes('*')) return { ok: false, error: 'options.systems.invalid' };
  return { ok: true, origin: url.origin };
}
