// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, extractPage } from './extract';
import { ADAPTERS } from './registry';
import { loadTestCases } from './test-cases';

const cases = loadTestCases();

function report(name: string) {
  const tc = cases.find((c) => c.name === name);
  if (!tc) throw new Error(`no test case ${name}`);
  const spec = ADAPTERS.find((a) => a.id === tc.adapterDir)!;
  const doc = new DOMParser().parseFromString(tc.html, 'text/html');
  const page = detectPage(spec, doc, new URL(tc.expected.url))!;
  return extractPage({ spec, page, doc, url: tc.expected.url, now: '2026-11-23T09:00:00.000Z' });
}

describe('next page of a paginated list', () => {
  it('is the pager\'s "next" link on the first page, on the same origin', () => {
    const first = report('efforts-pernille-page1-of-2');
    expect(first.nextPage).toBeDefined();
    expect(new URL(first.nextPage!).origin).toBe(new URL(first.url).origin);
    expect(new URL(first.nextPage!).searchParams.get('side')).toBe('2');
  });

  it('is absent on the last page, though the pager is still there', () => {
    expect(report('efforts-pernille-page2-of-2').nextPage).toBeUndefined();
  });

  it('is absent on a page without a pager', () => {
    expect(report('efforts-jakob').nextPage).toBeUndefined();
  });
});
