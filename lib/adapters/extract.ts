import type { CaseworkRecord, CitizenRef, ListSnapshot, PageReport, ReadError } from '../model';
import { FIELD_PARSERS } from '../parse';
import { nextPageUrl } from './next-page';
import type { AdapterSpec, FieldSpec, PageSpec, RecordSpec } from './spec';
import { newReadCache, readAllRaw, readRaw, type ReadCache } from './read-field';
import { cleanText } from '../parse/text';
import { readRelation, type Relation } from './relation';

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

const urlPatterns = new Map<string, RegExp>();
function urlPattern(source: string): RegExp {
  let re = urlPatterns.get(source);
  if (!re) urlPatterns.set(source, (re = new RegExp(source)));
  return re;
}

/** Which page type of the adapter this URL and document are, if any. The origin was matched by configuration. */
export function detectPage(spec: AdapterSpec, doc: Document, url: URL): PageSpec | undefined {
  const path = url.pathname + url.search;
  return spec.pages.find((p) => urlPattern(p.url).test(path) && (!p.detect || doc.querySelector(p.detect)));
}

function parseField(field: FieldSpec, raw: string): Parsed {
  const parser = field.parse ?? 'text';
  if (parser === 'relation') return readRelation(raw);
  if (parser === 'list') {
    // Semicolons or lines, when present, separate items that may themselves contain commas.
    const separator = /[;\n]/.test(raw) ? /[;\n]/ : /,/;
    return { ok: true, value: raw.split(separator).map(cleanText).filter(Boolean) };
  }
  const result = FIELD_PARSERS[parser](raw) as Parsed;
  if (!result.ok) return result;
  // A parsed CPR fills two properties; a parsed name is stored as the full name.
  if (parser === 'name') return { ok: true, value: (result.value as { full: string }).full };
  return result;
}

const paths = new Map<string, string[]>();

/**
 * A page repeats most of its values (statuses, legal bases, units, caseworkers, phone numbers) over its rows: each
 * distinct text is parsed once per read. The parsers are pure, so a repeated text gives the same result anyway.
 */
function parseCached(field: FieldSpec, text: string, cache: ReadCache): Parsed {
  const parser = field.parse ?? 'text';
  // Plain text costs no more to clean than to look up; a list is an array each record must own.
  if (parser === 'text' || parser === 'list') return parseField(field, text);
  let byText = cache.parsed.get(parser);
  if (!byText) cache.parsed.set(parser, (byText = new Map()));
  let parsed = byText.get(text) as Parsed | undefined;
  if (!parsed) byText.set(text, (parsed = parseField(field, text)));
  return parsed;
}

/** Sets a possibly dotted property path ("responsible.unit") on a plain object. */
function assign(target: Record<string, unknown>, path: string, value: unknown) {
  let parts = paths.get(path);
  if (!parts) {
    parts = path.split('.');
    if (paths.size < 5000) paths.set(path, parts);
  }
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

/** A record spec's fields as a list, made once per spec rather than once per row. */
const fieldLists = new WeakMap<Record<string, FieldSpec>, [string, FieldSpec][]>();
function fieldList(fields: Record<string, FieldSpec>): [string, FieldSpec][] {
  let list = fieldLists.get(fields);
  if (!list) fieldLists.set(fields, (list = Object.entries(fields)));
  return list;
}

const birthDateNames = new Map<string, string>();
const birthDateName = (name: string) => {
  let b = birthDateNames.get(name);
  if (b === undefined) birthDateNames.set(name, (b = name.replace(/cpr$/i, 'birthDate')));
  return b;
};

interface FieldsResult {
  values: Record<string, unknown>;
  errors: { field: string; message: string }[];
}

function readFields(scope: Element, fields: Record<string, FieldSpec>, cache: ReadCache = newReadCache()): FieldsResult {
  const values: Record<string, unknown> = {};
  const errors: FieldsResult['errors'] = [];
  for (const [name, field] of fieldList(fields)) {
    if (field.all) {
      readList(scope, name, field, values, errors, cache);
      continue;
    }
    const raw = readRaw(scope, field, cache);
    let text = raw?.trim() ?? '';
    if (field.map) text = field.map[cleanText(text).toLowerCase()] ?? text;
    if (!text) {
      if (field.required) errors.push({ field: name, message: raw == null ? 'not found on the page' : 'empty' });
      continue;
    }
    const parsed = parseCached(field, text, cache);
    if (!parsed.ok) {
      // An optional field that does not parse is left out rather than stored half-right.
      if (field.required) errors.push({ field: name, message: `${parsed.error} (read "${text.slice(0, 60)}")` });
      continue;
    }
    if (field.parse === 'cpr') {
      const cpr = parsed.value as { digits?: string; birthDate: string };
      if (cpr.digits) assign(values, name, cpr.digits);
      assign(values, birthDateName(name), cpr.birthDate);
    } else if (field.spread && parsed.value && typeof parsed.value === 'object') {
      for (const [k, v] of Object.entries(parsed.value)) if (v !== undefined) assign(values, k, v);
    } else {
      assign(values, name, parsed.value);
    }
  }
  return { values, errors };
}

/** A list field: each element is parsed on its own; one that does not parse fails the field, not just the item. */
function readList(scope: Element, name: string, field: FieldSpec, values: Record<string, unknown>, errors: FieldsResult['errors'], cache: ReadCache) {
  const raws = (readAllRaw(scope, field, cache) ?? []).map(cleanText).filter(Boolean);
  if (!raws.length) {
    if (field.required) errors.push({ field: name, message: 'not found on the page' });
    return;
  }
  const items: unknown[] = [];
  for (const raw of raws) {
    const parsed = parseField({ ...field, parse: field.parse === 'list' ? 'text' : field.parse }, raw);
    if (!parsed.ok) {
      if (field.required) errors.push({ field: name, message: `${parsed.error} (read "${raw.slice(0, 60)}")` });
      return;
    }
    items.push(parsed.value);
  }
  assign(values, name, items);
}

/**
 * Fills in what follows from what was read: a contact's per-citizen id, the citizen reference of a citizen row.
 * Not the taxonomy ids: the background classifies the records it is sent (lib/taxonomy/classify.ts).
 */
function derive(kind: CaseworkRecord['kind'], values: Record<string, unknown>, citizen: CitizenRef | undefined) {
  if (kind === 'contact' && citizen) {
    // A caseworker's id is the same for every citizen they have: the contact record is per citizen.
    values.nativeId = `${String(values.nativeId)}@${citizen.cpr ?? citizen.birthDate ?? ''}`;
  }
  if (kind === 'request') values.label ??= String(values.title ?? '');
  if (kind === 'citizen') {
    values.citizen = { cpr: values.cpr, birthDate: values.birthDate, name: values.name };
  }
}

export interface ExtractContext {
  spec: AdapterSpec;
  page: PageSpec;
  doc: Document;
  url: string;
  now: string;
}

export function readCitizen(spec: AdapterSpec, doc: Document): { ref?: CitizenRef; errors: { field: string; message: string }[] } {
  const scope = doc.querySelector(spec.citizen.scope);
  if (!scope) return { errors: [{ field: 'citizen', message: `header "${spec.citizen.scope}" not found` }] };
  const { values, errors } = readFields(scope, {
    name: { ...spec.citizen.name, required: true },
    cpr: { ...spec.citizen.cpr, required: true },
  });
  if (errors.length) return { errors };
  return { ref: values as CitizenRef, errors };
}

/** Reads the rows of one record spec, one row per step: a caller may pause between rows (see extractPageSteps). */
function* extractRecords(ctx: ExtractContext, rs: RecordSpec, citizen: CitizenRef | undefined, errors: ReadError[], cache: ReadCache): Generator<void, CaseworkRecord[]> {
  const { spec, page } = ctx;
  const records: CaseworkRecord[] = [];
  const rows = ctx.doc.querySelectorAll(rs.rows);
  const provenance = { system: spec.system, url: ctx.url, adapterId: spec.id, adapterVersion: spec.version, seenAt: ctx.now };
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) yield;
    const { values, errors: fieldErrors } = readFields(rows[i]!, rs.fields, cache);
    const where = String(values.nativeId ?? `row ${i + 1}`);
    if (fieldErrors.length) {
      for (const e of fieldErrors) {
        errors.push({ system: spec.system, pageType: page.type, recordKind: rs.kind, record: where, ...e });
      }
      continue;
    }
    Object.assign(values, rs.constants ?? {});
    derive(rs.kind, values, citizen);
    records.push({
      citizen,
      ...values,
      kind: rs.kind,
      system: spec.system,
      sector: spec.sector,
      provenance: { ...provenance },
    } as unknown as CaseworkRecord);
  }
  return records;
}

/**
 * Family views list the household as citizen rows with a household role (mother, son...). The page's own person is
 * not a row: they are a child when a parent is listed, else a parent. Every member gets relations to the others.
 */
function linkFamilyRows(records: CaseworkRecord[], pageCitizen: CitizenRef | undefined) {
  type Member = Extract<CaseworkRecord, { kind: 'citizen' }> & { relation?: Relation };
  const rows = records.filter((r): r is Member => r.kind === 'citizen' && Boolean((r as Member).relation));
  if (!rows.length) return;
  const generation = (r: Relation) => (r === 'parent' ? 'parent' : 'child');
  const people = rows.map((m) => ({ name: m.name, cpr: m.cpr, birthDate: m.birthDate, gen: generation(m.relation!), record: m as Member | undefined }));
  if (pageCitizen?.cpr && pageCitizen.name && !rows.some((m) => m.cpr === pageCitizen.cpr)) {
    const gen = rows.some((m) => m.relation === 'parent') ? 'child' : 'parent';
    people.push({ name: pageCitizen.name, cpr: pageCitizen.cpr, birthDate: pageCitizen.birthDate, gen, record: undefined });
  }
  for (const me of people) {
    if (!me.record) continue;
    delete me.record.relation;
    me.record.relations = people
      .filter((other) => other !== me && !(me.gen === 'parent' && other.gen === 'parent'))
      .map((other) => ({
        role: other.gen === me.gen ? ('sibling' as const) : other.gen === 'parent' ? ('parent' as const) : ('child' as const),
        name: other.name,
        cpr: other.cpr,
        birthDate: other.birthDate,
      }));
  }
}

/**
 * Reads one page. Never throws: anything unreadable becomes a ReadError naming system, page type, record and field,
 * and the record it belongs to is left out entirely.
 */
export function extractPage(ctx: ExtractContext): PageReport {
  const steps = extractPageSteps(ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractPage one row at a time: every `next()` reads at most one row, so the content script can give the host
 * page its main thread back between rows. Run to the end it gives exactly what extractPage gives.
 */
export function* extractPageSteps(ctx: ExtractContext): Generator<void, PageReport> {
  const { spec, page } = ctx;
  const cache = newReadCache();
  const errors: ReadError[] = [];
  const records: CaseworkRecord[] = [];
  const lists: ListSnapshot[] = [];
  let citizen: CitizenRef | undefined;
  if (page.citizen !== false) {
    const read = readCitizen(spec, ctx.doc);
    for (const e of read.errors) errors.push({ system: spec.system, pageType: page.type, recordKind: 'citizen', ...e });
    citizen = read.ref;
  }
  // Without its citizen no record of a citizen page can be placed, so none is stored.
  if (page.citizen === false || citizen) {
    for (const rs of page.records ?? []) {
      const errorsBefore = errors.length;
      const found = yield* extractRecords(ctx, rs, citizen, errors, cache);
      for (const r of found) records.push(r);
      // A list with unreadable rows is not known to be complete: marking the missing ones stale would be a guess.
      const complete =
        (rs.completeList ?? false) && errors.length === errorsBefore && !(rs.next && ctx.doc.querySelector(rs.next));
      if (complete && citizen) {
        const who = citizen.cpr ?? `${citizen.birthDate}:${citizen.name}`;
        lists.push({ kind: rs.kind, scope: `${spec.system}|${page.type}|${who}`, nativeIds: found.map((r) => r.nativeId), complete });
      }
      yield;
    }
    linkFamilyRows(records, citizen);
  }
  const next = nextPageUrl(page, ctx.doc, ctx.url);
  return {
    system: spec.system,
    sector: spec.sector,
    adapterId: spec.id,
    adapterVersion: spec.version,
    url: ctx.url,
    pageType: page.type,
    citizen,
    records,
    lists,
    errors,
    ...(next ? { nextPage: next } : {}),
  };
}
