// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './registry';
import { AdapterSpec } from './spec';
import { detectPage, extractPage } from './extract';
import { loadTestCases, type TestCase } from './test-cases';
import { renamedHeaders, variants } from './robustness';
import { classifyRecord } from '../taxonomy/classify';

const NOW = '2026-11-23T09:00:00.000Z';
const cases = loadTestCases();

function read(tc: TestCase, html = tc.html) {
  const spec = ADAPTERS.find((a) => a.id === tc.adapterDir);
  if (!spec) throw new Error(`cases for unknown adapter ${tc.adapterDir}`);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(tc.expected.url);
  const page = detectPage(spec, doc, url);
  if (!page) return { pageType: undefined, records: [], errors: [] as string[] };
  const report = extractPage({ spec, page, doc, url: tc.expected.url, now: NOW });
  return {
    pageType: page.type,
    // Expected is what is stored: the records as the background classifies them (lib/taxonomy/classify.ts).
    // Provenance is the same for every record of a page; compare it once, not per expected record.
    records: report.records.map(classifyRecord).map(({ provenance, ...r }) => {
      expect(provenance).toEqual({ system: spec.system, url: tc.expected.url, adapterId: spec.id, adapterVersion: spec.version, seenAt: NOW });
      return r;
    }),
    errors: report.errors.map((e) => `${e.recordKind}.${e.field}`),
  };
}

describe('adapter specs', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s is a valid adapter', (_id, spec) => {
    expect(() => AdapterSpec.parse(spec)).not.toThrow();
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has test pages for every page type', (id, spec) => {
    const covered = new Set(cases.filter((c) => c.adapterDir === id).map((c) => c.expected.pageType));
    expect(spec.pages.map((p) => p.type).filter((t) => !covered.has(t))).toEqual([]);
  });
});

describe.each(cases.map((c) => [`${c.adapterDir}/${c.name}`, c] as const))('%s', (_label, tc) => {
  it('reads exactly the expected records', () => {
    const got = read(tc);
    expect(got.pageType).toBe(tc.expected.pageType);
    expect(got.errors).toEqual(tc.expected.errors ?? []);
    expect(got.records).toEqual(tc.expected.records);
  });

  if (!(tc.expected.errors ?? []).length) {
    it.each(variants(tc.html).map((v) => [v.name, v] as const))('reads the same from a page with %s', (_name, v) => {
      const got = read(tc, v.html);
      expect(got.errors).toEqual([]);
      expect(sortById(got.records)).toEqual(sortById(tc.expected.records));
    });
  }
});

/** Order-insensitive: reversed rows may reverse a record's goals too, which is the same plan. */
function sortById(records: unknown[]) {
  const id = (r: unknown) => `${(r as { kind: string }).kind}|${(r as { nativeId: string }).nativeId}`;
  const sortLists = (r: unknown) =>
    Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v]));
  return [...records].sort((a, b) => id(a).localeCompare(id(b))).map(sortLists);
}

const readsTables = (tc: TestCase) => {
  const page = ADAPTERS.find((a) => a.id === tc.adapterDir)?.pages.find((p) => p.type === tc.expected.pageType);
  const kinds = new Set((page?.records ?? []).filter((r) => Object.values(r.fields).some((f) => f.column && f.required)).map((r) => r.kind));
  return tc.expected.records.some((r) => kinds.has((r as { kind: string }).kind as never));
};

describe.each(cases.filter((c) => !(c.expected.errors ?? []).length && readsTables(c)).map((c) => [`${c.adapterDir}/${c.name}`, c] as const))(
  '%s with every table header renamed',
  (_label, tc) => {
    it('reports what it could not read and stores nothing from those tables', () => {
      const got = read(tc, renamedHeaders(tc.html));
      const spec = ADAPTERS.find((a) => a.id === tc.adapterDir)!;
      const page = spec.pages.find((p) => p.type === tc.expected.pageType)!;
      const columnKinds = new Set(
        (page.records ?? []).filter((r) => Object.values(r.fields).some((f) => f.column && f.required)).map((r) => r.kind),
      );
      // Only pages whose expected records include such tables can show the refusal.
      expect(tc.expected.records.some((r) => columnKinds.has((r as { kind: string }).kind as never))).toBe(true);
      expect(got.errors.length).toBeGreaterThan(0);
      expect(got.records.filter((r) => columnKinds.has((r as { kind: string }).kind as never))).toEqual([]);
    });
  },
);
