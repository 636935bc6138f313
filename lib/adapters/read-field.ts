import type { FieldSpec } from './spec';

/**
 * Finding a field's raw text inside a record element. Kept apart from parsing so a missing element and an
 * unparsable value give different messages.
 */

/**
 * What one read of a page learns once and uses for every row: each table's column positions and each scope's
 * labels. Per read, never kept: the page may re-render its headers between two reads.
 */
export interface ReadCache {
  columns: Map<Element, { headers: string[]; index: Map<string, number> }>;
  labels: Map<Element, { text: string; term: Element }[]>;
  /** Parse results by parser and text (extract.ts). */
  parsed: Map<string, Map<string, unknown>>;
  lastRow?: Element;
  lastTable?: Element | null;
  lastCells?: Element[];
}

export const newReadCache = (): ReadCache => ({ columns: new Map(), labels: new Map(), parsed: new Map() });

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Column names and labels come from the adapter: a handful of strings, normalised once. */
const normalised = new Map<string, string>();
function normOnce(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    n = norm(s);
    if (normalised.size < 5000) normalised.set(s, n);
  }
  return n;
}

const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    if (patterns.size < 1000) patterns.set(pattern, re);
  }
  return re;
}

function tableHeaders(table: Element): string[] {
  const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  return headRow ? Array.from(headRow.children, (c) => norm(c.textContent)) : [];
}

function columnIndex(table: Element, column: string, cache: ReadCache): number {
  let columns = cache.columns.get(table);
  if (!columns) {
    columns = { headers: tableHeaders(table), index: new Map() };
    cache.columns.set(table, columns);
  }
  let index = columns.index.get(column);
  if (index === undefined) {
    const wanted = normOnce(column);
    // Exact first: "Sag" must not read the "Sagsnr." column.
    index = columns.headers.indexOf(wanted);
    if (index < 0) index = columns.headers.findIndex((h) => h.startsWith(wanted));
    columns.index.set(column, index);
  }
  return index;
}

function byColumn(row: Element, column: string, cache: ReadCache): Element | null {
  // A row's fields are read one after the other: its table and cells are looked up once.
  if (cache.lastRow !== row) {
    cache.lastRow = row;
    cache.lastTable = row.closest('table');
    cache.lastCells = Array.from(row.children);
  }
  const table = cache.lastTable;
  if (!table) return null;
  const index = columnIndex(table, column, cache);
  if (index < 0) return null;
  return cache.lastCells![index] ?? null;
}

/** A page's labels repeat on every record ("Status:" on each of 1,000 cards): each text is normalised once. */
const labelTexts = new Map<string, string>();
function labelText(raw: string | null): string {
  const key = raw ?? '';
  let text = labelTexts.get(key);
  if (text === undefined) {
    text = norm(key).replace(/:$/, '');
    if (labelTexts.size < 5000) labelTexts.set(key, text);
  }
  return text;
}

function labelsOf(scope: Element, cache: ReadCache) {
  let labels = cache.labels.get(scope);
  if (!labels) {
    labels = Array.from(scope.querySelectorAll('dt, th, .label, label'), (term) => ({ text: labelText(term.textContent), term }));
    cache.labels.set(scope, labels);
  }
  return labels;
}

function byLabel(scope: Element, label: string, cache: ReadCache): Element | null {
  const wanted = normOnce(label).replace(/:$/, '');
  for (const { text, term } of labelsOf(scope, cache)) {
    if (text !== wanted && !text.startsWith(wanted)) continue;
    if (term.tagName === 'LABEL') {
      const id = term.getAttribute('for');
      const control = id ? scope.ownerDocument.getElementById(id) : term.querySelector('input, select, textarea');
      if (control) return control;
    }
    const next = term.nextElementSibling;
    if (next) return next;
  }
  return null;
}

function container(scope: Element, field: FieldSpec, column: string | undefined, cache: ReadCache): Element | null {
  let el: Element | null = scope;
  if (column !== undefined) el = byColumn(scope, column, cache);
  if (el && field.label) el = byLabel(el, field.label, cache);
  return el;
}

function rawOf(el: Element, field: FieldSpec): string | null {
  let raw = field.attr ? el.getAttribute(field.attr) : valueOf(el);
  if (raw == null) return null;
  if (field.pattern) {
    const match = compiled(field.pattern).exec(raw);
    if (!match) return null;
    raw = match[1] ?? match[0];
  }
  return raw;
}

function readOne(scope: Element, field: FieldSpec, column: string | undefined, cache: ReadCache): string | null {
  let el = container(scope, field, column, cache);
  if (el && field.selector) el = el.querySelector(field.selector);
  return el ? rawOf(el, field) : null;
}

/** What a field selector found: the element's raw text, or null when the element is not there. */
export function readRaw(scope: Element, field: FieldSpec, cache: ReadCache = newReadCache()): string | null {
  if (Array.isArray(field.column)) {
    const parts: string[] = [];
    for (const c of field.column) {
      const part = readOne(scope, field, c, cache);
      if (part == null) return null;
      parts.push(part);
    }
    return parts.join(' ');
  }
  return readOne(scope, field, field.column, cache);
}

/** For list fields (`all`): the raw text of every matching element; null when the container is not there. */
export function readAllRaw(scope: Element, field: FieldSpec, cache: ReadCache = newReadCache()): string[] | null {
  const el = container(scope, field, typeof field.column === 'string' ? field.column : undefined, cache);
  if (!el) return null;
  const items = field.selector ? Array.from(el.querySelectorAll(field.selector)) : [el];
  return items.map((item) => rawOf(item, field)).filter((t): t is string => t != null);
}

function valueOf(el: Element): string {
  // tagName, not instanceof: the element may come from another realm (an iframe, a test DOM).
  if (el.tagName === 'SELECT') return (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value;
  // innerText would force layout on every cell; textContent does not.
  return el.textContent ?? '';
}
