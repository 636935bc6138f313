/**
 * Reliability: a corrupted or hostile import file (a backup that a crash truncated, a colleague's file edited by hand,
 * a file that is not ours at all) gives a clear error and changes nothing; and a failure half-way through writing a
 * valid file (the disk full) rolls everything back. The options page's import is tried in real Chromium in
 * tests/e2e/reliability-import.spec.ts; here every variant runs in a few milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { exportAll, importData, validateExport } from '@/lib/db/export-import';
import { ingestPage } from '@/lib/db/ingest';
import { citizenRecord, dumpAll, effort, freshDb, JAKOB, MARTIN, report, T0, T1, T2, TRINE } from '@/lib/db/test-fixtures';

async function seeded(name: string) {
  const db = freshDb(name);
  await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T0);
  await ingestPage(db, report([effort('E1', TRINE), effort('M1', MARTIN), effort('J1', JAKOB)]), T0);
  await db.plans.put({ id: 'p1', citizens: [TRINE, MARTIN], goals: [], actions: [], coordinationLevel: 2, updatedAt: T1, updatedBy: 'sara', version: 3 });
  await db.consents.put({ id: 'c1', citizenCpr: TRINE, sectors: ['job', 'children'], givenAt: T0, givenBy: 'Trine Hansen', legalBasisRef: 'LAB § 30 b' });
  return db;
}

async function db_update(db: Awaited<ReturnType<typeof seeded>>) {
  await db.plans.put({ id: 'p1', citizens: [TRINE, MARTIN], goals: [], actions: [], coordinationLevel: 3, updatedAt: T2, updatedBy: 'kollega', version: 4 });
  await db.consents.put({ id: 'c2', citizenCpr: MARTIN, sectors: ['children'], givenAt: T2, givenBy: 'Trine Hansen (mor)', legalBasisRef: 'Barnets lov' });
}

/** A valid export from another browser, with newer data than the target has. */
async function validFileText() {
  const other = await seeded('other');
  await ingestPage(other, report([effort('E2', TRINE), effort('E1', TRINE, { status: 'closed' })]), T2);
  await db_update(other);
  return JSON.stringify(await exportAll(other, 'kollega', T2));
}

describe('a corrupted import file: a clear error, nothing changed', () => {
  const variants: [string, (good: string) => unknown, RegExp][] = [
    ['an empty file', () => '', /not valid JSON/],
    ['only whitespace', () => '  \n', /not valid JSON/],
    ['binary garbage', () => String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), /not valid JSON/],
    ['a file cut off half-way (crash while saving)', (good) => good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
    ['a file cut off just before the end', (good) => good.slice(0, -1), /not valid JSON/],
    ['JSON null', () => 'null', /expected a JSON object/],
    ['a JSON array', () => '[]', /expected a JSON object/],
    ['someone else\u2019s JSON', () => JSON.stringify({ name: 'package', version: '1.0.0' }), /^format:/],
    ['an audit export instead of a data export', () => JSON.stringify({ format: 'en-plan-audit', citizenCpr: TRINE, entries: [] }), /^format:/],
    ['a file from a newer Én plan', (good) => good.replace('"schemaVersion":2', '"schemaVersion":99'), /newer Én plan/],
    ['a negative schema version', (good) => good.replace('"schemaVersion":2', '"schemaVersion":-1'), /schemaVersion/],
    ['one record hand-edited into nonsense', (good) => good.replace('"status":"closed"', '"status":"maybe"'), /records\[\d+\]\.record/],
    ['a CPR with letters', (good) => good.replaceAll(JAKOB, '22029O1237'), /cpr|Cpr|CPR/],
    ['a table replaced by a string', (good) => good.replace(/"flags":\[[^\]]*\]/, '"flags":"none"'), /^flags:/],
    ['a missing table', (good) => good.replace(/,"consents":\[.*?\]\}$/, '}'), /^consents:/],
    ['deeply nested junk where a record should be', (good) => good.replace('"records":[', `"records":[${'['.repeat(5000)}${']'.repeat(5000)},`), /nested too deeply/],
  ];

  it.each(variants)('%s', async (_label, corrupt, expected) => {
    const db = await seeded('target');
    const before = await dumpAll(db);
    const text = corrupt(await validFileText());
    const result = await importData(db, text, T2);
    expect(result).toMatchObject({ added: 0, updated: 0, skippedOlder: 0 });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(21);
    expect(result.errors.join('\n')).toMatch(expected);
    // Every message names where the problem is; none is a bare stack trace.
    for (const e of result.errors) expect(e).toMatch(/^[\w[\]().]+: \S/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a file with thousands of bad rows reports a bounded list of problems', async () => {
    const db = await seeded('target');
    const file = JSON.parse(await validFileText()) as { records: unknown[] };
    file.records = Array.from({ length: 5000 }, (_, i) => ({ key: `x${i}` }));
    const result = await importData(db, file, T2);
    expect(result.errors).toHaveLength(21);
    expect(result.errors.at(-1)).toMatch(/more problems/);
  });

  it('the valid file itself imports (so the variants above fail for their corruption alone)', async () => {
    const db = await seeded('target');
    const result = await importData(db, await validFileText(), T2);
    expect(result.errors).toEqual([]);
    expect(result.added + result.updated).toBeGreaterThan(0);
  });
});

describe('a failure half-way through writing a valid file', () => {
  it.each([
    ['the disk is full (QuotaExceededError) when the plans are written', 'plans', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['the browser aborts the write of the consents', 'consents', () => new DOMException('aborted', 'AbortError')],
  ])('%s: everything written before is rolled back', async (_label, table, error) => {
    const db = await seeded('target');
    const before = await dumpAll(db);
    const text = await validFileText();
    // The records, citizens and links are written before plans and consents (see importData): they must go too.
    // Dexie hands the transaction its own Table objects: patch the class, for this one table only.
    const proto = Object.getPrototypeOf(db.table(table)) as { put: (...a: unknown[]) => unknown; bulkPut: (...a: unknown[]) => unknown };
    const original = { put: proto.put, bulkPut: proto.bulkPut };
    let calls = 0;
    for (const method of ['put', 'bulkPut'] as const) {
      proto[method] = function (this: { name: string }, ...args: unknown[]) {
        if (this.name !== table) return original[method].apply(this, args);
        calls++;
        return Promise.reject(error());
      };
    }
    try {
      await expect(importData(db, text, T2)).rejects.toThrow();
    } finally {
      Object.assign(proto, original);
    }
    expect(calls).toBeGreaterThan(0);
    expect(await dumpAll(db)).toEqual(before);
    // And the same file then imports cleanly: nothing half-done stands in the way.
    expect((await importData(db, text, T2)).errors).toEqual([]);
  });
});

it('validateExport never throws, whatever it is handed', () => {
  const weird: unknown[] = [undefined, 0, NaN, true, Symbol.iterator.toString(), new Date(), { format: 'en-plan-export', schemaVersion: 2, exportedAt: 5 }, Object.create(null)];
  for (const w of weird) expect(() => validateExport(w)).not.toThrow();
});
