import { describe, expect, it } from 'vitest';
import { exportAll, exportCitizens, importData, validateExport, type ExportFile } from './export-import';
import { ingestPage } from './ingest';
import { familyOf } from './queries';
import { recordKey } from '../model';
import { citizenRecord, dumpAll, effort, freshDb, JAKOB, MARTIN, MIE, report, T0, T1, T2, TRINE } from './test-fixtures';

async function seeded() {
  const db = freshDb('source');
  await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T0);
  await ingestPage(db, report([effort('E1', TRINE), effort('M1', MARTIN), effort('J1', JAKOB)]), T0);
  await ingestPage(db, report([effort('E1', TRINE, { status: 'closed' })]), T1);
  await db.plans.put({ id: 'p1', citizens: [TRINE, MARTIN], goals: [], actions: [], coordinationLevel: 2, updatedAt: T1, updatedBy: 'sara', version: 3 });
  await db.planHistory.put({ planId: 'p1', version: 2, savedAt: T0, plan: { id: 'p1', citizens: [TRINE], goals: [], actions: [], coordinationLevel: 1, updatedAt: T0, updatedBy: 'sara', version: 2 } });
  await db.consents.put({ id: 'c1', citizenCpr: TRINE, sectors: ['job', 'children'], givenAt: T0, givenBy: 'Trine Hansen', legalBasisRef: 'LAB § 30 b' });
  await db.flags.put({ id: 'f1', rule: 'parallel-efforts', citizens: [TRINE, MARTIN], recordKeys: ['momentum|effort|E1'], reason: 'r', reasonEn: 'r', status: 'open', detectedAt: T1 });
  return db;
}

const roundTrip = (file: ExportFile) => JSON.parse(JSON.stringify(file)) as unknown;

describe('export and import', () => {
  it('round-trips the whole store through JSON, noting where each record came from', async () => {
    const src = await seeded();
    const file = await exportAll(src, 'sara@jobcenter', T2);
    expect(file).toMatchObject({ format: 'en-plan-export', schemaVersion: 2, exportedAt: T2, exportedBy: 'sara@jobcenter' });

    const dst = freshDb('dest');
    const res = await importData(dst, JSON.stringify(file), T2);
    expect(res.errors).toEqual([]);
    expect(res.added).toBeGreaterThan(10);
    expect(res.updated + res.skippedOlder).toBe(1); // the family, rebuilt rather than copied

    const a = await exportAll(src, 'x', T2);
    const b = await exportAll(dst, 'x', T2);
    expect(b.records.map(({ importedFrom, importedAt, ...r }) => (expect([importedFrom, importedAt]).toEqual(['sara@jobcenter', T2]), r))).toEqual(a.records);
    const noIds = <T extends { id?: number }>(xs: T[]) => xs.map(({ id: _id, ...x }) => x);
    expect(noIds(b.recordHistory)).toEqual(noIds(a.recordHistory));
    for (const t of ['links', 'flags', 'plans', 'planHistory', 'consents'] as const) expect(b[t]).toEqual(a[t]);
    expect(b.citizens.map(({ familyId: _f, ...c }) => c)).toEqual(a.citizens.map(({ familyId: _f, ...c }) => c));
    expect(await familyOf(dst, MARTIN)).toEqual([MARTIN, TRINE].sort());
    expect(b.records[0]!.record.provenance).toEqual(a.records[0]!.record.provenance);

    // Importing the same file again adds nothing.
    expect(await importData(dst, file, T2)).toMatchObject({ added: 0, updated: 0, errors: [] });
  });

  it('refuses a corrupted file with the failing path and changes nothing', async () => {
    const src = await seeded();
    const file = roundTrip(await exportAll(src, 'sara', T2)) as { records: { record: { provenance: { seenAt: string } } }[]; consents: { sectors: string[] }[] };
    file.records[1]!.record.provenance.seenAt = '';
    file.consents[0]!.sectors = ['school'];
    const dst = await seeded();
    await ingestPage(dst, report([effort('LOCAL', JAKOB)]), T2);
    const before = await dumpAll(dst);
    const res = await importData(dst, file, T2);
    expect(res).toMatchObject({ added: 0, updated: 0, skippedOlder: 0 });
    expect(res.errors.some((e) => e.startsWith('records[1].record.provenance.seenAt:'))).toBe(true);
    expect(res.errors.some((e) => e.startsWith('consents[0].sectors[0]:'))).toBe(true);
    expect(await dumpAll(dst)).toEqual(before);
  });

  it('explains files it cannot read at all', () => {
    expect(validateExport('{not json').errors?.[0]).toMatch(/not valid JSON/);
    expect(validateExport({ format: 'other' }).errors?.[0]).toMatch(/^format:/);
    expect(validateExport({ format: 'en-plan-export', schemaVersion: 99 }).errors?.[0]).toMatch(/newer Én plan/);
    expect(validateExport({ format: 'en-plan-export', schemaVersion: 2, exportedAt: T0, exportedBy: 'x' }).errors?.[0]).toMatch(/^records:/);
  });

  it('never overwrites newer local data, but takes newer data in and keeps the replaced version', async () => {
    const src = await seeded();
    const oldFile = await exportAll(src, 'anna', T1);
    await ingestPage(src, report([effort('E1', TRINE, { status: 'cancelled' })]), T2);
    await src.consents.update('c1', { withdrawnAt: T2, withdrawnBy: 'sara' });
    const res = await importData(src, oldFile, T2);
    expect(res.added).toBe(0);
    expect(res.updated).toBe(0);
    expect((await src.records.get('momentum|effort|E1'))!.record).toMatchObject({ status: 'cancelled' });
    expect((await src.consents.get('c1'))!.withdrawnAt).toBe(T2);

    const behind = freshDb('behind');
    await ingestPage(behind, report([effort('E1', TRINE)]), T0);
    const newer = await exportAll(src, 'anna', T2);
    await importData(behind, newer, T2);
    const row = (await behind.records.get('momentum|effort|E1'))!;
    expect(row).toMatchObject({ record: { status: 'cancelled' }, importedFrom: 'anna', lastSeen: T2 });
    const history = await behind.recordHistory.where('recordKey').equals(row.key).toArray();
    expect(history.map((h) => (h.previous as { status: string }).status).sort()).toEqual(['active', 'active', 'closed']);
  });

  it('a withdrawn consent stays withdrawn whatever the file says', async () => {
    const db = await seeded();
    await db.consents.update('c1', { withdrawnAt: T1, withdrawnBy: 'sara' });
    const file = roundTrip(await exportAll(await seeded(), 'anna', T2)) as ExportFile;
    file.consents[0]!.givenAt = T2;
    await importData(db, file, T2);
    expect(await db.consents.get('c1')).toMatchObject({ givenAt: T2, withdrawnAt: T1 });
  });

  it('reads an export written at schema version 1', async () => {
    const r = effort('E5', undefined);
    const v1File = {
      format: 'en-plan-export',
      schemaVersion: 1,
      exportedAt: T0,
      exportedBy: 'gammel version',
      records: [{ key: recordKey(r), record: r, kind: 'effort', system: r.system, sector: r.sector, linkConfirmed: false, suggestedCpr: MIE, firstSeen: T0, lastSeen: T0, stale: 0, listScopes: [] }],
      ...Object.fromEntries(['recordHistory', 'citizens', 'families', 'links', 'flags', 'plans', 'planHistory', 'consents'].map((t) => [t, []])),
    };
    const db = freshDb();
    expect(await importData(db, JSON.stringify(v1File), T1)).toMatchObject({ added: 1, errors: [] });
    expect(await db.records.get(recordKey(r))).toMatchObject({ linkState: 'suggested', suggestedCpr: MIE, citizenCpr: '' });
  });

  it('exports one citizen without other people\'s CPRs in shared rows', async () => {
    const db = await seeded();
    const file = await exportCitizens(db, [TRINE], 'sara', T2);
    expect(file.records.map((r) => r.record.nativeId).sort()).toEqual(['C-Trine', 'E1']);
    expect(file.recordHistory).toHaveLength(1);
    expect(file.citizens.map((c) => c.cpr)).toEqual([TRINE]);
    expect(file.consents).toHaveLength(1);
    for (const t of ['families', 'flags', 'plans', 'planHistory', 'links'] as const) expect(JSON.stringify(file[t])).not.toContain(MARTIN);
    expect(file.plans).toEqual([]);

    const family = await exportCitizens(db, await familyOf(db, TRINE), 'sara', T2);
    expect(family.plans.map((p) => p.id)).toEqual(['p1']);
    expect(family.flags.map((f) => f.id)).toEqual(['f1']);
    expect(family.families[0]!.members).toEqual([MARTIN, TRINE].sort());
    expect(ExportFileOk(family)).toBe(true);
  });
});

const ExportFileOk = (f: ExportFile) => !validateExport(JSON.parse(JSON.stringify(f))).errors;
