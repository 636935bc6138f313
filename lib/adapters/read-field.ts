import type { FieldSpec } from './spec';

/**
 * Finding a field's raw text inside a record element. Kept apart from parsing so a missing element and an
 * unparsable value give different messages.
 */

const headerCache = new WeakMap<Element, string[]>();

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function tableHeaders(table: Element): string[] {
  let headers = headerCache.get(table);
  if (!headers) {
    const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    headers = headRow ? Array.from(headRow.children, (c) => norm(c.textContent)) : [];
    headerCache.set(table, headers);
  }
  return headers;
}

function byColumn(row: Element, column: string): Element | null {
  const table = row.closest('table');
  if (!table) return null;
  const wanted = norm(column);
  const headers = tableHeaders(table);
  // Exact first: "Sag" must not read the "Sagsnr." column.
  let index = headers.indexOf(wanted);
  if (index < 0) index = headers.findIndex((h) => h.startsWith(wanted));
  if (index < 0) return null;
  return row.children[index] ?? null;
}

function byLabel(scope: Element, label: string): Element | null {
  const wanted = norm(label).replace(/:$/, '');
  for (const term of scope.querySelectorAll('dt, th, .label, label')) {
    const text = norm(term.textContent).replace(/:$/, '');
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

function container(scope: Element, field: FieldSpec): Element | null {
  let el: Element | null = scope;
  if (typeof field.column === 'string') el = byColumn(scope, field.column);
  if (el && field.label) el = byLabel(el, field.label);
  return el;
}

function rawOf(el: Element, field: FieldSpec): string | null {
  let raw = field.attr ? el.getAttribute(field.attr) : valueOf(el);
  if (raw == null) return null;
  if (field.pattern) {
    const match = new RegExp(field.pattern).exec(raw);
    if (!match) return null;
    raw = match[1] ?? match[0];
  }
  return raw;
}

/** What a field selector found: the element's raw text, or null when the element is not there. */
export function readRaw(scope: Element, field: FieldSpec): string | null {
  if (Array.isArray(field.column)) {
    const parts = field.column.map((c) => readRaw(scope, { ...field, column: c }));
    return parts.some((p) => p == null) ? null : parts.join(' ');
  }
  let el = container(scope, field);
  if (el && field.selector) el = el.querySelector(field.selector);
  return el ? rawOf(el, field) : null;
}

/** For list fields (`all`): the raw text of every matching element; null when the container is not there. */
export function readAllRaw(scope: Element, field: FieldSpec): string[] | null {
  const el = container(scope, field);
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
