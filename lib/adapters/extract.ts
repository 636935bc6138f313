import type { CaseworkRecord, CitizenRef, ListSnapshot, PageReport, ReadError } from '../model';
import { FIELD_PARSERS } from '../parse';
import { matchInfoType } from '../taxonomy/info-types';
import { matchEffortCategory } from '../taxonomy/effort-categories';
import type { AdapterSpec, FieldSpec, PageSpec, RecordSpec } from './spec';
import { readAllRaw, readRaw } from './read-field';
import { cleanText } from '../parse/text';
import { readRelation, type Relation } from './relation';

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** Which page type of the adapter this URL and document are, if any. The origin was matched by configuration. */
export function detectPage(spec: AdapterSpec, doc: Document, url: URL): PageSpec | undefined {
  const path = url.pathname + url.search;
  return spec.pages.find((p) => new RegExp(p.url).test(path) && (!p.detect || doc.querySelector(p.detect)));
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

/** Sets a possibly dotted property path ("responsible.unit") on a plain object. */
function assign(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

interface FieldsResult {
  values: Record<string, unknown>;
  errors: { field: string; message: string }[];
}

function readFields(scope: Element, fields: Record<string, FieldSpec>): FieldsResult {
  const values: Record<string, unknown> = {};
  const errors: FieldsResult['errors'] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.all) {
      readList(scope, name, field, values, errors);
      continue;
    }
    const raw = readRaw(scope, field);
    let text = raw?.trim() ?? '';
    if (field.map) text = field.map[cleanText(text).toLowerCase()] ?? text;
    if (!text) {
      if (field.required) errors.push({ field: name, message: raw == null ? 'not found on the page' : 'empty' });
      continue;
    }
    const parsed = parseField(field, text);
    if (!parsed.ok) {
      // An optional field that does not parse is left out rather than stored half-right.
      if (field.required) errors.push({ field: name, message: `${parsed.error} (read "${text.slice(0, 60)}")` });
      continue;
    }
    if (field.parse === 'cpr') {
      const cpr = parsed.value as { digits?: string; birthDate: string };
      if (cpr.digits) assign(values, name, cpr.digits);
      assign(values, name.replace(/cpr$/i, 'birthDate'), cpr.birthDate);
    } else if (field.spread && parsed.value && typeof parsed.value === 'object') {
      for (const [k, v] of Object.entries(parsed.value)) if (v !== undefined) assign(values, k, v);
    } else {
      assign(values, name, parsed.value);
    }
  }
  return { values, errors };
}

/** A list field: each element is parsed on its own; one that does not parse fails the field, not just the item. */
function readList(scope: Element, name: string, field: FieldSpec, values: Record<string, unknown>, errors: FieldsResult['errors']) {
  const raws = (readAllRaw(scope, field) ?? []).map(cleanText).filter(Boolean);
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

/** Fills in what follows from what was read: taxonomy ids, the citizen reference of a citizen row. */
function derive(kind: CaseworkRecord['kind'], values: Record<string, unknown>, citizen: CitizenRef | undefined) {
  if (kind === 'contact' && citizen) {
    // A caseworker's id is the same for every citizen they have: the contact record is per citizen.
    values.nativeId = `${String(values.nativeId)}@${citizen.cpr ?? citizen.birthDate ?? ''}`;
  }
  if (kind === 'request' || kind === 'document') {
    const label = String(values.label ?? values.title ?? '');
    if (kind === 'request') values.label ??= label;
    // "other" is not a guess: it says the type is unknown, and detection never matches on it.
    values.infoType ??= matchInfoType(label)?.id ?? 'other';
  }
  if (kind === 'effort') {
    values.category ??= matchEffortCategory(String(values.title ?? ''), values.legalBasis as never);
  }
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

function extractRecords(ctx: ExtractContext, rs: RecordSpec, citizen: CitizenRef | undefined, errors: ReadError[]) {
  const { spec, page } = ctx;
  const records: CaseworkRecord[] = [];
  const rows = ctx.doc.querySelectorAll(rs.rows);
  rows.forEach((row, i) => {
    const { values, errors: fieldErrors } = readFields(row, rs.fields);
    const where = String(values.nativeId ?? `row ${i + 1}`);
    if (fieldErrors.length) {
      for (const e of fieldErrors) {
        errors.push({ system: spec.system, pageType: page.type, recordKind: rs.kind, record: where, ...e });
      }
      return;
    }
    Object.assign(values, rs.constants ?? {});
    derive(rs.kind, values, citizen);
    records.push({
      citizen,
      ...values,
      kind: rs.kind,
      system: spec.system,
      sector: spec.sector,
      provenance: { system: spec.system, url: ctx.url, adapterId: spec.id, adapterVersion: spec.version, seenAt: ctx.now },
    } as unknown as CaseworkRecord);
  });
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
  const { spec, page } = ctx;
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
      const found = extractRecords(ctx, rs, citizen, errors);
      records.push(...found);
      // A list with unreadable rows is not known to be complete: marking the missing ones stale would be a guess.
      const complete =
        (rs.completeList ?? false) && errors.length === errorsBefore && !(rs.next && ctx.doc.querySelector(rs.next));
      if (complete && citizen) {
        const who = citizen.cpr ?? `${citizen.birthDate}:${citizen.name}`;
        lists.push({ kind: rs.kind, scope: `${spec.system}|${page.type}|${who}`, nativeIds: found.map((r) => r.nativeId), complete });
      }
    }
    linkFamilyRows(records, citizen);
  }
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
  };
}
