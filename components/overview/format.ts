import type { Language } from '@/lib/i18n';

/** Danish dates as caseworkers write them (15-06-2025); English as 15 Jun 2025. */
export function formatDay(day: string | undefined, lang: Language): string {
  if (!day) return '';
  const [y, m, d] = day.slice(0, 10).split('-');
  if (lang === 'da') return `${d}-${m}-${y}`;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatMonth(month: string, lang: Language, long = false): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return d.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { month: long ? 'long' : 'short', year: long ? 'numeric' : '2-digit', timeZone: 'UTC' });
}

export function formatNumber(n: number, lang: Language): string {
  return n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
}

export function formatKroner(n: number, lang: Language): string {
  return lang === 'da' ? `${formatNumber(n, lang)} kr.` : `DKK ${formatNumber(n, lang)}`;
}
