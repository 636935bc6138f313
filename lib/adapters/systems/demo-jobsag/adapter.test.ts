// @vitest-environment happy-dom
/**
 * What the generic case runner does not look at for JobSag: which lists count as complete (pagination), the
 * citizen header on every citizen page (forms included) and the form guard's controls on the request form.
 */
import { describe, expect, it } from 'vitest';
import { detectPage, extractPage, readCitizen } from '../../extract';
import { loadTestCases, type TestCase } from '../../test-cases';
import { matchInfoType } from '../../../taxonomy/info-types';
import { adapter } from './adapter';

const cases = loadTestCases().filter((c) => c.adapterDir === 'demo-jobsag');
const byName = (name: string): TestCase => {
  const tc = cases.find((c) => c.name === name);
  if (!tc) throw new Error(`no case ${name}`);
  return tc;
};
// The saved pages link the system's stylesheet; happy-dom would try to fetch it, which only adds noise here.
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/<link [^>]*>/g, ''), 'text/html');

function report(name: string) {
  const tc = byName(name);
  const doc = parse(tc.html);
  const url = new URL(tc.expected.url);
  const page = detectPage(adapter, doc, url)!;
  return extractPage({ spec: adapter, page, doc, url: tc.expected.url, now: '2026-11-23T09:00:00.000Z' });
}

describe('JobSag pagination', () => {
  it('a list on one page (no Forrige, no Næste) is the complete list', () => {
    const r = report('efforts-trine');
    expect(r.lists).toEqual([
      { kind: 'effort', scope: 'jobsag|efforts|0710852344', nativeIds: ['IND-000002', 'IND-000001', 'IND-000003'], complete: true },
    ]);
  });

  it('an empty list on one page is complete too (the "Ingen registreringer" row is no record)', () => {
    const r = report('documents-aisha-none');
    expect(r.records).toEqual([]);
    expect(r.lists).toEqual([{ kind: 'document', scope: 'jobsag|documents|1606970766', nativeIds: [], complete: true }]);
  });

  it.each(['efforts-pernille-page1-of-2', 'efforts-pernille-page2-of-2'])('%s is never the complete list', (name) => {
    const r = report(name);
    expect(r.records.length).toBeGreaterThan(0);
    expect(r.lists).toEqual([]);
  });

  it('the "next" selector finds the Næste link where there is one, and nothing to follow on the last page', () => {
    const next = adapter.pages.find((p) => p.type === 'efforts')!.records![0]!.next!;
    expect(parse(byName('efforts-pernille-page1-of-2').html).querySelector(next)?.getAttribute('href')).toBe(
      '/borger/100002/indsatser?pr_side=2&side=2',
    );
    const last = parse(byName('efforts-pernille-page2-of-2').html).querySelector(next);
    expect(last).not.toBeNull();
    expect(last!.getAttribute('href')).toBeNull();
    expect(parse(byName('efforts-trine').html).querySelector(next)).toBeNull();
  });

  it('the citizen list is paginated and never marks anything complete', () => {
    expect(report('citizen-list-page1').lists).toEqual([]);
    expect(report('citizen-list-search-hansen').lists).toEqual([]);
  });
});

describe('JobSag citizen header', () => {
  const TRINE = { name: 'Trine Hansen', cpr: '0710852344', birthDate: '1985-10-07' };

  it.each(cases.filter((c) => c.expected.pageType !== 'citizen-list').map((c) => [c.name, c] as const))('%s: header is read', (_n, tc) => {
    const { ref, errors } = readCitizen(adapter, parse(tc.html));
    expect(errors).toEqual([]);
    expect(ref?.cpr).toMatch(/^\d{10}$/);
    if (tc.name.endsWith('-trine')) expect(ref).toEqual(TRINE);
  });

  it('reads "Efternavn, Fornavn" with a two-word surname as the full name', () => {
    expect(readCitizen(adapter, parse(byName('overview-soeren-control').html)).ref).toEqual({
      name: 'Søren Kragh Mikkelsen',
      cpr: '2708743111',
      birthDate: '1974-08-27',
    });
  });
});

describe('JobSag request form guard', () => {
  const guard = adapter.requestForm;
  const doc = parse(byName('request-form-trine').html);
  const form = doc.querySelector(guard.form)!;

  it('finds the form, its information type select and its recipient', () => {
    expect(form).not.toBeNull();
    expect(form.querySelector(guard.infoType)?.tagName).toBe('SELECT');
    expect((form.querySelector(guard.recipient) as HTMLInputElement).value).toBe('Egen læge');
  });

  it('every information type the form offers maps to a known type', () => {
    const select = form.querySelector(guard.infoType) as HTMLSelectElement;
    const options = Array.from(select.options).filter((o) => o.value);
    expect(options.length).toBeGreaterThan(0);
    const mapped = Object.fromEntries(options.map((o) => [o.value, matchInfoType(o.textContent ?? '')?.id]));
    expect(mapped).toMatchObject({ LAE265: 'rehabilitation-team-statement', LAE125: 'status-statement' });
    expect(Object.entries(mapped).filter(([, id]) => !id)).toEqual([]);
  });

  it('is not on the effort or meeting forms', () => {
    for (const name of ['effort-form-trine', 'meeting-form-trine']) expect(parse(byName(name).html).querySelector(guard.form)).toBeNull();
  });
});
