import type { Language } from '@/lib/i18n';

const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** YYYY-MM-DD and YYYY-MM-DDTHH:MM are local municipal time; anything with a zone is an instant. */
export function parseWhen(iso: string): Date | undefined {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  const d = local
    ? new Date(Number(local[1]), Number(local[2]) - 1, Number(local[3]), Number(local[4] ?? 0), Number(local[5] ?? 0))
    : new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const hasTime = (iso: string) => iso.length > 10;

export function formatDate(lang: Language, iso: string | undefined): string {
  if (!iso) return '';
  const d = parseWhen(iso);
  return d ? new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric' }).format(d) : iso;
}

export function formatDateTime(lang: Language, iso: string | undefined): string {
  if (!iso) return '';
  const d = parseWhen(iso);
  return d ? new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d) : iso;
}

/** A date, or a date and time when the value has one. */
export const formatWhen = (lang: Language, iso: string | undefined) => (iso && hasTime(iso) ? formatDateTime(lang, iso) : formatDate(lang, iso));

/** Today as YYYY-MM-DD in local time (the default of date fields). */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
