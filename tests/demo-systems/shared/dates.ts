/**
 * Date helpers on ISO strings (YYYY-MM-DD, and YYYY-MM-DDTHH:MM for date-times), computed in UTC so the time zone of
 * the machine never shifts a day. Each demo system formats these its own way.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTHS_DA = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const;

function toUtc(iso: string): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  if (!ISO_RE.test(s)) return false;
  return fromUtc(toUtc(s)) === s;
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function addYears(iso: string, years: number): string {
  const d = toUtc(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return fromUtc(d);
}

/** Days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The same day if Monday-Friday, else the following Monday. */
export function nextWorkday(iso: string): string {
  const wd = weekday(iso);
  return wd === 5 ? addDays(iso, 2) : wd === 6 ? addDays(iso, 1) : iso;
}

/** Whole years between birth date and the reference day. */
export function ageOn(birthDate: string, today: string): number {
  const b = toUtc(birthDate);
  const t = toUtc(today);
  let age = t.getUTCFullYear() - b.getUTCFullYear();
  if (t.getUTCMonth() < b.getUTCMonth() || (t.getUTCMonth() === b.getUTCMonth() && t.getUTCDate() < b.getUTCDate())) age--;
  return age;
}

/** The reference day: env DEMO_TODAY (YYYY-MM-DD) or the real current local date. */
export function resolveToday(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? env.DEMO_TODAY;
  if (given !== undefined && given !== '') {
    if (!isIsoDate(given)) throw new Error(`DEMO_TODAY must be YYYY-MM-DD, got "${given}"`);
    return given;
  }
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(iso: string): { y: string; m: string; d: string } {
  const m = ISO_RE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: m[1] ?? '', m: m[2] ?? '', d: m[3] ?? '' };
}

/** 12-03-2026 (JobSag) */
export const fmtDash = (iso: string): string => {
  const p = parts(iso);
  return `${p.d}-${p.m}-${p.y}`;
};
/** 12.03.2026 (BørneSag) */
export const fmtDot = (iso: string): string => {
  const p = parts(iso);
  return `${p.d}.${p.m}.${p.y}`;
};
/** 12. marts 2026 (VoksenNet) */
export const fmtLongDa = (iso: string): string => {
  const p = parts(iso);
  return `${Number(p.d)}. ${MONTHS_DA[Number(p.m) - 1] ?? '?'} ${p.y}`;
};
/** 12/3-26 (SundhedsPortalen, short form) */
export const fmtSlashShort = (iso: string): string => {
  const p = parts(iso);
  return `${Number(p.d)}/${Number(p.m)}-${p.y.slice(2)}`;
};

/** Splits YYYY-MM-DDTHH:MM into date and time. */
export function splitDateTime(at: string): { date: string; time: string } {
  const [date = '', time = ''] = at.split('T');
  return { date, time };
}

/** Parses DD-MM-YYYY, DD.MM.YYYY, D/M-YYYY or YYYY-MM-DD into ISO; null when it is not a real date. */
export function parseDanishDate(input: string): string | null {
  const s = input.trim();
  let iso: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(s)))
    iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return iso !== null && isIsoDate(iso) ? iso : null;
}

/** HH:MM or HH.MM into HH:MM; null when invalid. */
export function parseTime(input: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(input.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
