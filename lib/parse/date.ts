import { fail, ok, type ParseResult } from '../model/parse-result';
import { isoDate, isoTime } from './calendar';
import { cleanText, quote, tooLong } from './text';

/** Full names and the abbreviations the case systems print, all lower case (input is lower-cased first). */
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  januar: 1, jan: 1,
  februar: 2, feb: 2,
  marts: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
}));

/** Calendar views print "torsdag d. 12. marts 2026"; the weekday adds nothing, so it is dropped, not checked. */
const WEEKDAY_PREFIX =
  /^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tirs?|ons|tors?|fre|lør|søn)\.?,?\s+)?(?:(?:d\.|den)\s*)?/;
/** 12-03-2026, 12.03.2026, 12/03/2026 and the handwritten-style 12/3-26: Danish order is always day first. */
const NUMERIC = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAME = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?,?\s*(\d{4}|\d{2})$/;

const DATE_EXAMPLES = 'a date such as 12-03-2026, 12/3-26 or 12. marts 2026';

/** Two-digit years in case systems are recent or near-future dates (deadlines, periods), never the 1900s. */
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

function checked(text: string, y: number, m: number, d: number): ParseResult<string> {
  const iso = isoDate(y, m, d);
  return iso ? ok(iso) : fail(`${quote(text)} is not a real date`);
}

export function parseDanishDate(text: string): ParseResult<string> {
  const original = cleanText(text);
  if (!original) return fail(`expected ${DATE_EXAMPLES}, found nothing`);
  const long = tooLong(original, 'a date');
  if (long) return long;
  const s = original.toLowerCase().replace(WEEKDAY_PREFIX, '');

  let m = ISO.exec(s);
  if (m) return checked(original, Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(s);
  if (m) return checked(original, fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = MONTH_NAME.exec(s);
  if (m) {
    const month = MONTHS.get(m[2]!);
    if (month === undefined) return fail(`${quote(m[2]!)} in ${quote(original)} is not a Danish month name`);
    return checked(original, fullYear(m[3]!), month, Number(m[1]));
  }
  if (/\d{1,2}[:.]\d{2}$/.test(s)) return fail(`${quote(original)} has a time; use the datetime parser`);
  return fail(`expected ${DATE_EXAMPLES}, found ${quote(original)}`);
}

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?`;
const END_TIME = String.raw`(?:\s*[-–]\s*(\d{1,2})(?:[:.](\d{2}))?)?`;
/** "kl." makes the time unambiguous, so an hour alone ("kl. 10") is accepted there and only there. */
const WITH_KL = new RegExp(String.raw`^(.+?)\s*,?\s*(?:kl\.?|klokken)\s*${TIME}${END_TIME}$`, 'i');
const PLAIN = new RegExp(String.raw`^(.+?)(?:\s*,\s*|\s+|T)(\d{1,2})[:.](\d{2})(?::\d{2})?${END_TIME}$`);

/**
 * A date with a time of day. A trailing end time ("10:30-11:30", as calendars show meetings) is checked but
 * dropped: the record stores when the meeting starts. A date without a time fails rather than becoming midnight.
 */
export function parseDanishDateTime(text: string): ParseResult<string> {
  const original = cleanText(text);
  const long = tooLong(original, 'a date and time');
  if (long) return long;
  const m = WITH_KL.exec(original) ?? PLAIN.exec(original);
  if (!m) return fail(`expected a date and time such as 12-03-2026 10:30 or 12. marts 2026 kl. 10.30, found ${quote(original)}`);
  const [, datePart, h, min, endH, endMin] = m;
  const date = parseDanishDate(datePart!);
  if (!date.ok) return date;
  const time = isoTime(Number(h), Number(min ?? 0));
  if (!time) return fail(`${quote(original)} does not have a real time of day`);
  if (endH !== undefined && !isoTime(Number(endH), Number(endMin ?? 0))) {
    return fail(`${quote(original)} ends at a time that does not exist`);
  }
  return ok(`${date.value}T${time}`);
}

/** Ways the systems say a period has no end (yet); they carry no date, so they are simply removed. */
const OPEN_MARKERS = /\(?\s*(?:løbende|ingen slutdato|uden slutdato|ikke fastsat|ubestemt|ikke angivet)\s*\)?/g;
const DASHES = new Set(['-', '–', '—']);

export type DateRange = { start?: string; end?: string };

function range(start: string | undefined, end: string | undefined, original: string): ParseResult<DateRange> {
  if (start && end && end < start) return fail(`${quote(original)} ends before it starts`);
  return ok({ ...(start ? { start } : {}), ...(end ? { end } : {}) });
}

/** An empty side is an open end; anything else must be a date. */
function side(s: string): ParseResult<string | undefined> {
  const t = s.trim();
  return t ? parseDanishDate(t) : ok(undefined);
}

/**
 * A period such as an effort's "01-02-2026 - 31-07-2026". The dash between the dates is also the separator
 * inside "12-03-2026" and "1/2-26", so every dash is tried as the split and exactly one split may work; a
 * lone date is a start ("fra"), a date after "til"/"indtil" an end. A bare dash or nothing means no period.
 */
export function parseDateRange(text: string): ParseResult<DateRange> {
  const original = cleanText(text);
  const long = tooLong(original, 'a period');
  if (long) return long;
  let s = cleanText(original.toLowerCase().replace(OPEN_MARKERS, ' '));
  if (!s || (s.length === 1 && DASHES.has(s))) return ok({});

  const until = /^(?:til|indtil)\s+(.+)$/.exec(s);
  if (until) {
    const end = parseDanishDate(until[1]!);
    return end.ok ? range(undefined, end.value, original) : end;
  }
  s = s.replace(/^fra\s+/, '');
  const fromTo = /^(.+?)\s+(?:til|indtil)\s+(.+)$/.exec(s);
  if (fromTo) {
    const start = parseDanishDate(fromTo[1]!);
    const end = parseDanishDate(fromTo[2]!);
    if (!start.ok) return start;
    if (!end.ok) return end;
    return range(start.value, end.value, original);
  }

  const single = parseDanishDate(s);
  if (single.ok) return range(single.value, undefined, original);

  const splits = new Map<string, [string | undefined, string | undefined]>();
  for (let i = 0; i < s.length; i++) {
    if (!DASHES.has(s[i]!)) continue;
    const left = side(s.slice(0, i));
    const right = side(s.slice(i + 1));
    if (left.ok && right.ok && (left.value || right.value)) splits.set(`${left.value}|${right.value}`, [left.value, right.value]);
  }
  if (splits.size === 1) {
    const [start, end] = [...splits.values()][0]!;
    return range(start, end, original);
  }
  if (splits.size > 1) return fail(`${quote(original)} can be read as more than one period`);
  return fail(`expected a period such as 01-02-2026 - 31-07-2026 or 01.02.2026 - (løbende), found ${quote(original)}`);
}
