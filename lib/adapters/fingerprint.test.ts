// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './registry';
import { detectPage, extractPage, extractPageSteps } from './extract';
import { pageFingerprint } from './fingerprint';
import { readAllRaw, readRaw } from './read-field';
import { loadTestCases } from './test-cases';

const NOW = '2026-11-23T09:00:00.000Z';
/** Every saved page with at least one record row: the pages where a change can matter. */
const cases = loadTestCases()
  .map((tc) => {
    const spec = ADAPTERS.find((a) => a.id === tc.adapterDir)!;
    const doc = new DOMParser().parseFromString(tc.html, 'text/html');
    const page = detectPage(spec, doc, new URL(tc.expected.url));
    const rows = page ? (page.records ?? []).flatMap((rs) => Array.from(doc.querySelectorAll(rs.rows))) : [];
    return { name: `${tc.adapterDir}/${tc.name}`, spec, doc, page: page!, url: tc.expected.url, rows };
  })
  .filter((c) => c.page && c.rows.length > 0);

describe('extractPageSteps', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: reads at most one row a step, and ends with what extractPage gives', (_n, c) => {
    const steps = extractPageSteps({ spec: c.spec, page: c.page, doc: c.doc, url: c.url, now: NOW });
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    // Without its citizen a citizen page reads no rows at all.
    if (c.page.citizen === false || step.value.citizen) expect(count).toBeGreaterThanOrEqual(c.rows.length - 1);
    expect(step.value).toEqual(extractPage({ spec: c.spec, page: c.page, doc: c.doc, url: c.url, now: NOW }));
  });
});

describe('pageFingerprint', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: changes with a row and with the citizen, not with text elsewhere', (_n, c) => {
    const print = () => pageFingerprint(c.spec, c.page, c.doc, c.url);
    const before = print();
    expect(print()).toBe(before);

    const aside = c.doc.createElement('div');
    aside.textContent = 'klokken er 10:31';
    c.doc.body.append(aside);
    // A row may be the whole body (an overview page): then text anywhere is the row's.
    const rowIsBody = c.rows.some((r) => r.contains(aside));
    if (!rowIsBody) expect(print()).toBe(before);
    aside.remove();
    expect(print()).toBe(before);

    const cell = c.rows[c.rows.length - 1]!;
    const text = c.doc.createTextNode(' ændret');
    cell.append(text);
    expect(print()).not.toBe(before);
    text.remove();
    expect(print()).toBe(before);

    expect(pageFingerprint(c.spec, c.page, c.doc, `${c.url}#andet`)).not.toBe(before);

    const header = c.page.citizen !== false ? c.doc.querySelector(c.spec.citizen.scope) : null;
    if (header) {
      header.append(c.doc.createTextNode('x'));
      expect(print()).not.toBe(before);
    }
  });
});

describe('pageFingerprint and the attributes fields read', () => {
  // Each field that reads an attribute, in the last row: the attribute changed wherever it sits in the row (the row
  // itself, a link in a cell) changes what a read sees, and so must change the fingerprint.
  const attrCases = cases.flatMap((c) =>
    (c.page.records ?? [])
      .filter((rs) => c.doc.querySelector(rs.rows))
      .flatMap((rs) => Object.entries(rs.fields).flatMap(([name, f]) => (f.attr ? [[`${c.name}: ${rs.kind}.${name} (${f.attr})`, c, rs.rows, f] as const] : []))),
  );
  it.each(attrCases)('%s', (_n, c, rowsSelector, field) => {
    const rows = c.doc.querySelectorAll(rowsSelector);
    const row = rows[rows.length - 1]!;
    const read = () => JSON.stringify(field.all ? readAllRaw(row, field) : readRaw(row, field));
    const before = { print: pageFingerprint(c.spec, c.page, c.doc, c.url), read: read() };
    const holders = [row, ...row.querySelectorAll(`[${field.attr}]`)].filter((el) => el.hasAttribute(field.attr!));
    const old = holders.map((el) => el.getAttribute(field.attr!)!);
    holders.forEach((el, i) => el.setAttribute(field.attr!, `${old[i]}9`));
    try {
      expect(read()).not.toBe(before.read);
      expect(pageFingerprint(c.spec, c.page, c.doc, c.url)).not.toBe(before.print);
    } finally {
      holders.forEach((el, i) => el.setAttribute(field.attr!, old[i]!));
    }
    expect(pageFingerprint(c.spec, c.page, c.doc, c.url)).toBe(before.print);
  });
});
