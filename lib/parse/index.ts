import { fail, type ParseResult } from '../model/parse-result';
import { parseCpr } from './cpr';
import { parseDanishDate, parseDanishDateTime, parseDateRange } from './date';
import { parseLegalBasis } from './legal-basis';
import { parseMoney } from './money';
import { parseName } from './name';
import { parseInteger } from './number';
import { parsePhone } from './phone';
import { parseStatus } from './status';
import { parseText } from './text';

export { cleanText, MAX_FIELD_LENGTH, parseText, quote } from './text';
export { cprBirthYear, formatCpr, maskedBirthYear, parseCpr, passesMod11, type ParsedCpr } from './cpr';
export { parseDanishDate, parseDanishDateTime, parseDateRange, type DateRange } from './date';
export { isoDate, isoTime, isLeapYear, daysInMonth } from './calendar';
export { parseName, type ParsedName } from './name';
export { parseMoney } from './money';
export { parseInteger } from './number';
export { parseStatus } from './status';
export { LAWS, normaliseLawName, normaliseSection, parseLegalBasis, type LawCode } from './legal-basis';
export { parsePhone } from './phone';

/**
 * A last line of defence for "parsers never throw": page content is hostile and a declarative adapter runs
 * whatever parser its config names, so an unexpected exception becomes a reported field error, not a crash.
 */
function neverThrows<T>(parse: (text: string) => ParseResult<T>): (text: string) => ParseResult<T> {
  return (text) => {
    try {
      return parse(typeof text === 'string' ? text : String(text ?? ''));
    } catch (e) {
      return fail(`parser failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** Parsers a declarative adapter can name by string; typed per key so an adapter's output keeps its types. */
export const FIELD_PARSERS = {
  text: neverThrows(parseText),
  cpr: neverThrows((t) => parseCpr(t)),
  date: neverThrows(parseDanishDate),
  datetime: neverThrows(parseDanishDateTime),
  dateRange: neverThrows(parseDateRange),
  name: neverThrows(parseName),
  money: neverThrows(parseMoney),
  status: neverThrows(parseStatus),
  legalBasis: neverThrows(parseLegalBasis),
  phone: neverThrows(parsePhone),
  integer: neverThrows(parseInteger),
} as const satisfies Record<string, (text: string) => ParseResult<unknown>>;

export type FieldParserName = keyof typeof FIELD_PARSERS;
/** For adapter schemas: `z.enum(FIELD_PARSER_NAMES)`. */
export const FIELD_PARSER_NAMES = Object.keys(FIELD_PARSERS) as [FieldParserName, ...FieldParserName[]];
export type FieldValue<N extends FieldParserName> = Extract<ReturnType<(typeof FIELD_PARSERS)[N]>, { ok: true }>['value'];
