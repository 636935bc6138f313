import { describe, expect, it } from 'vitest';
import { ExportFile } from '../db/export-import';
import { defaultSettings } from '../model';
import { parseCsv, toCsv, csvCell } from './csv';
import { describeFilters } from './describe-filters';
import { addMonths, lastDayOf, monthRange } from './months';
import { prepare } from './prepare';
import { projectRecord } from './project';
import { aggregate, matchingFlags, NO_FILTERS, searchTerms, selectRows, sortRows, type Filters } from './select';
import type { CoreData, OverviewRecord } from './source';
import { generatePopulation, PERSONA_CPR, sliceExport } from './test-population';
import { sectorAccess } from './visibility';

const TODAY = '2025-06-15';
const file = generatePopulation({ citizens: 300, today: TODAY, seed: 3 });

function coreOf(f: ExportFile): CoreData {
  return {
    today: TODAY,
    settings: defaultSettings(),
    citizens: f.citizens.map((c) => ({ cpr: c.cpr, name: c.name })),
    families: f.families.map((x) => ({ id: x.id, members: x.members })),
    flags: f.flags,
  };
}
const records = (f: ExportFile) => f.records.map(projectRecord).filter((r): r is OverviewRecord => !!r);
const full = prepare(coreOf(file), records(file));
const rowsFor = (filters: Filters) => selectRows(full, matchingFlags(full, filters), filters.query);

describe('test population', () => {
  it('is a valid export file with the personas and real flags', () => {
    expect(ExportFile.safeParse(file).success).toBe(true);
    expect(generatePopulation({ citizens: 300, today: TODAY, seed: 3 })).toEqual(file);
    const trineFlags = file.flags.filter((f) => f.citizens.includes(PERSONA_CPR.trine)).map((f) => f.rule).sort();
    expect(trineFlags).toEqual(['deadline-passed', 'duplicate-request', 'meeting-cluster', 'multiple-plans', 'parallel-efforts']);
    const pernille = file.flags.find((f) => f.rule === 'multiple-plans' && f.citizens.includes(PERSONA_CPR.pernille));
    expect(pernille?.recordKeys).toHaveLength(3);
  });

  it('a slice holds only its own records and the flags its own records give', () => {
    const job = sliceExport(file, (r) => r.sector === 'job', 'Anne');
    expect(job.records.every((r) => r.sector === 'job')).toBe(true);
    // Trine's two LÆ 265 requests are in two sectors: only the union shows the duplicate.
    expect(job.flags.some((f) => f.rule === 'duplicate-request' && f.citizens.includes(PERSONA_CPR.trine))).toBe(false);
  });
});

describe('prepare and select', () => {
  it('one row per household, with every open flag counted once per row', () => {
    const rows = rowsFor(NO_FILTERS);
    const trine = rows.find((r) => r.subject.members.some((m) => m.cpr === PERSONA_CPR.trine))!;
    expect(trine.subject.kind).toBe('family');
    expect(trine.subject.members.map((m) => m.cpr)).toContain(PERSONA_CPR.martin);
    // The parent is named in most flags, so the row opens her plan view.
    expect(trine.subject.members[0]!.cpr).toBe(PERSONA_CPR.trine);
    expect(trine.byRule).toMatchObject({ 'duplicate-request': 1, 'parallel-efforts': 1, 'meeting-cluster': 1, 'multiple-plans': 1, 'deadline-passed': 1 });
    const open = file.flags.filter((f) => f.status === 'open').length;
    expect(rows.reduce((n, r) => n + r.flags, 0)).toBe(open);
  });

  it('counts units, caseworkers, active plans and efforts from the records', () => {
    const pernille = full.subjects.get(PERSONA_CPR.pernille)!;
    expect(pernille.stats).toMatchObject({ units: 5, caseworkers: 4, activePlans: 3, efforts: { job: 3, adult: 1, health: 1, children: 0 } });
    expect(pernille.stats!.lastActivity! <= TODAY).toBe(true);
  });

  it('filters by rule, sector, unit and period, and searches names and CPR with or without dash', () => {
    const plans = rowsFor({ status: 'open', rule: 'multiple-plans' });
    expect(plans.every((r) => r.byRule['multiple-plans'] > 0 && r.flags === r.byRule['multiple-plans'])).toBe(true);
    const abuse = full.units.find((u) => u.label === 'Voksenafdelingen, Misbrug')!;
    expect(rowsFor({ status: 'open', unit: abuse.key }).some((r) => r.subject.id === PERSONA_CPR.pernille)).toBe(true);
    expect(rowsFor({ status: 'open', sector: 'children' }).every((r) => r.subject.stats)).toBe(true);
    expect(rowsFor({ status: 'open', query: 'pernille' }).map((r) => r.subject.id)).toEqual([PERSONA_CPR.pernille]);
    const dashed = `${PERSONA_CPR.jakob.slice(0, 6)}-${PERSONA_CPR.jakob.slice(6)}`;
    expect(rowsFor({ status: 'open', query: dashed }).map((r) => r.subject.id)).toEqual([PERSONA_CPR.jakob]);
    expect(searchTerms(' Trine  HANSEN ')).toEqual(['trine', 'hansen']);
    const inJune = matchingFlags(full, { status: 'open', from: '2025-06', to: '2025-06' });
    expect(inJune.length).toBeGreaterThan(0);
    expect(inJune.every((x) => x.date >= '2025-06-01' && x.date <= '2025-06-30')).toBe(true);
  });

  it('status "all" adds acknowledged and resolved flags, never dismissed ones', () => {
    const flags = file.flags.map((f, i) => ({ ...f, status: (['open', 'acknowledged', 'dismissed', 'resolved'] as const)[i % 4]! }));
    const p = prepare({ ...coreOf(file), flags }, records(file));
    expect(matchingFlags(p, NO_FILTERS).length).toBe(flags.filter((f) => f.status === 'open').length);
    expect(matchingFlags(p, { status: 'all' }).length).toBe(flags.filter((f) => f.status !== 'dismissed').length);
  });

  it('sorts stably in both directions, rows without records last', () => {
    const rows = rowsFor(NO_FILTERS);
    const desc = sortRows(rows, 'flags', 'desc');
    expect(desc[0]!.flags).toBe(Math.max(...rows.map((r) => r.flags)));
    const asc = sortRows(rows, 'name', 'asc').map((r) => r.subject.id);
    expect(sortRows(rows, 'name', 'asc').map((r) => r.subject.id)).toEqual(asc);
    const partial = prepare(coreOf(file), [], new Set());
    const p = sortRows(selectRows(partial, matchingFlags(partial, NO_FILTERS)), 'units', 'desc');
    expect(p.every((r) => r.subject.stats === undefined)).toBe(true);
  });

  it('knows only the records it was given until it is complete', () => {
    const known = new Set<string>([PERSONA_CPR.jakob]);
    const partial = prepare(coreOf(file), records(file).filter((r) => known.has(r.cpr)), known);
    expect(partial.complete).toBe(false);
    expect(partial.subjects.get(PERSONA_CPR.jakob)!.stats).toBeDefined();
    expect(partial.subjects.get(PERSONA_CPR.pernille)!.stats).toBeUndefined();
    expect(full.complete).toBe(true);
  });
});

describe('aggregate', () => {
  const flags = matchingFlags(full, NO_FILTERS);
  const agg = aggregate(full, flags, rowsFor(NO_FILTERS), NO_FILTERS);

  it('adds up to the same totals whichever way it is cut', () => {
    const dup = flags.filter((x) => x.rule === 'duplicate-request');
    const byType = agg.duplicatesByType.reduce((n, x) => n + x.flags, 0);
    expect(byType).toBe(dup.length);
    expect(agg.parallelByGroup.reduce((n, x) => n + x.flags, 0)).toBe(agg.totals.byRule['parallel-efforts']);
    expect(agg.parallelBySectorPair.reduce((n, x) => n + x.flags, 0)).toBe(agg.totals.byRule['parallel-efforts']);
    expect(agg.totals.flags).toBe(flags.length);
    expect(agg.months).toHaveLength(12);
  });

  it('puts the fee at stake on the duplicate: the persona LÆ 265 asked twice costs one 1,544 kr. fee', () => {
    const trine = flags.find((x) => x.rule === 'duplicate-request' && x.flag.citizens.includes(PERSONA_CPR.trine))!;
    expect(trine.fee).toBe(1544);
    expect(trine.infoType).toBe('rehabilitation-team-statement');
    expect(trine.sectors).toEqual(['adult', 'job']);
  });

  it('counts citizens with several plans by how many', () => {
    const pernille = agg.multiplePlans.find((p) => p.plans === 3)!;
    expect(pernille.citizens).toBeGreaterThanOrEqual(1);
  });

  it('follows a search: the charts never count someone the table does not show', () => {
    const f: Filters = { status: 'open', query: 'pernille' };
    const a = aggregate(full, matchingFlags(full, f), rowsFor(f), f);
    expect(a.totals.flags).toBe(1);
    expect(a.totals.byRule['multiple-plans']).toBe(1);
  });
});

describe('csv', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    const text = toCsv(['Navn', 'Note'], [['Søren "Søs" Ærø', 'linje 1\nlinje 2']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual([['Navn', 'Note'], ['Søren "Søs" Ærø', 'linje 1\nlinje 2']]);
  });
});

describe('months and filters text', () => {
  it('steps over year ends', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
  });
  it('describes the criteria for the log', () => {
    expect(describeFilters({ status: 'open', query: 'Hansen', rule: 'meeting-cluster', unit: 'job|team a', from: '2025-01' })).toBe(
      'query="Hansen" status=open rule=meeting-cluster unit="team a" from=2025-01',
    );
  });
});

describe('sector access', () => {
  const consent = { id: 'c1', citizenCpr: '0101011234', sectors: ['adult' as const], givenAt: '2025-01-01T00:00:00.000Z', givenBy: 'x', legalBasisRef: 'samtykke' };
  it('own sector always; another only under a consent in force', () => {
    const can = sectorAccess([consent], 'job', TODAY);
    expect(can('0101011234', 'job')).toBe(true);
    expect(can('0101011234', 'adult')).toBe(true);
    expect(can('0101011234', 'health')).toBe(false);
    expect(can('0202021234', 'adult')).toBe(false);
    expect(sectorAccess([{ ...consent, withdrawnAt: '2025-02-01T00:00:00.000Z' }], 'job', TODAY)('0101011234', 'adult')).toBe(false);
    expect(sectorAccess([{ ...consent, expires: '2025-03-01' }], 'job', TODAY)('0101011234', 'adult')).toBe(false);
  });
});
