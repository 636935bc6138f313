import { isQuotaError } from '@/lib/db/quota';
import { translate, type Language } from '@/lib/i18n';

/**
 * What went wrong, in words the user can act on. A full store is named as such (Dexie may wrap it as an
 * AbortError with `.inner`); any other error keeps its own name and message, so nothing is swallowed.
 */
export function describeError(e: unknown, lang: Language): string {
  if (isQuotaError(e)) return translate(lang, 'options.error.quota');
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** CPR as typed (010203-1234, 0102031234, with spaces) to its 10 digits, or undefined. */
export function cprFromInput(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}
