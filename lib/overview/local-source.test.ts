import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-fixtures';
import { LocalStoreSource } from './local-source';
import { prepare } from './prepare';
import { generatePopulation, PERSONA_CPR, sliceExport } from './test-population';

const TODAY = new Date().toISOString().slice(0, 10);
const file = generatePopulation({ citizens: 60, today: TODAY, seed: 5 });
// Two colleagues: the jobcenter and health records in one file, adult, children and health in the other.
// Health records are in both, as when two caseworkers have read the same pages.
const anne = sliceExport(file, (r) => r.sector === 'job' || r.sector === 'health', 'Anne Lund');
const bo = sliceExport(file, (r) => r.sector !== 'job', 'Bo Madsen');

async function union() {
  const db = freshDb('overview-union');
  const source = new LocalStoreSource(db);
  const a = await source.contribute(JSON.stringify(anne));
  const b = await source.contribute(JSON.stringify(bo));
  return { db, source, a, b };
}

describe('LocalStoreSource', () => {
  // Two imports with detection over fake-indexeddb take seconds on a busy machine: merged once, read by the tests.
  let u: Awaited<ReturnType<typeof union>>;
  beforeAll(async () => {
    u = await union();
  }, 120_000);

  it('merges colleagues’ files without counting a record twice, and keeps whose it is', async () => {
    const { db, source, a, b } = u;
    expect(a.ok && b.ok).toBe(true);
    expect(await db.records.count()).toBe(file.records.length);
    const records = await source.loadRecords();
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
    const bySource = prepare(await source.loadCore(), records).sources;
    expect(bySource.map((s) => s.source)).toEqual(['Anne Lund', 'Bo Madsen']);
    const health = records.filter((r) => r.sector === 'health');
    // Same lastSeen in both files: the first file's copy stays.
    expect(health.every((r) => r.source === 'Anne Lund')).toBe(true);
  });

  it('finds what only the union shows: the jobcenter’s and social services’ LÆ 265 for Trine', async () => {
    const { source } = u;
    const core = await source.loadCore();
    expect(anne.flags.some((f) => f.rule === 'duplicate-request' && f.citizens.includes(PERSONA_CPR.trine))).toBe(false);
    expect(bo.flags.some((f) => f.rule === 'duplicate-request' && f.citizens.includes(PERSONA_CPR.trine))).toBe(false);
    expect(core.flags.some((f) => f.rule === 'duplicate-request' && f.citizens.includes(PERSONA_CPR.trine))).toBe(true);
  });

  it('logs an import per citizen, with the file’s author', async () => {
    const { db } = u;
    const entries = await db.audit.where('action').equals('import').toArray();
    expect(entries.some((e) => !e.citizenCpr && e.detail.startsWith('file from Anne Lund'))).toBe(true);
    expect(entries.filter((e) => e.citizenCpr === PERSONA_CPR.trine)).toHaveLength(2);
  });

  it('refuses a broken file and changes nothing', async () => {
    const db = freshDb('overview-broken');
    const source = new LocalStoreSource(db);
    const broken = structuredClone(anne) as unknown as { records: { key: string }[] };
    broken.records[3]!.key = 'not|the|key';
    const res = await source.contribute(JSON.stringify(broken));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toContain('records[3]');
    expect(await db.records.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect((await source.contribute('{not json')).ok).toBe(false);
  });

  it('gives the first screen the records of just the citizens asked for, each once', async () => {
    const { source } = u;
    const asked = [PERSONA_CPR.jakob, PERSONA_CPR.trine, PERSONA_CPR.jakob];
    const some = await source.recordsOf(asked);
    const expected = file.records.filter((r) => r.citizenCpr === PERSONA_CPR.jakob || r.citizenCpr === PERSONA_CPR.trine).map((r) => r.key);
    expect(expected.length).toBeGreaterThan(5);
    expect(some.map((r) => r.key).sort()).toEqual(expected.sort());
    expect(await source.recordsOf([])).toEqual([]);
  });

  it('gives the citizen view the records of the household and the citizen’s one plan', async () => {
    const { source } = u;
    const jakob = await source.citizen(PERSONA_CPR.jakob);
    expect(jakob?.plan?.goals.map((g) => g.text)).toEqual(['Jeg vil kunne arbejde 15 timer om ugen uden at få ondt']);
    expect(jakob?.plan?.coordinator?.name).toBe('Ida Brix');
    const trine = await source.citizen(PERSONA_CPR.trine);
    expect(trine?.plan).toBeUndefined();
    expect(trine?.family.map((m) => m.name).sort()).toEqual(['Martin Hansen', 'Mie Hansen']);
    expect(new Set(trine?.records.map((r) => r.linkedCpr))).toEqual(new Set([PERSONA_CPR.trine, PERSONA_CPR.martin, PERSONA_CPR.mie]));
    expect(await source.citizen('0101010000')).toBeUndefined();
  });

  it('reads all records in chunks and reports progress', async () => {
    const { source } = u;
    const seen: number[] = [];
    const all = await source.loadRecords((read) => seen.push(read));
    expect(seen.at(-1)).toBe(all.length);
  });

  it('logs a search once without CPR and once per citizen found', async () => {
    const db = freshDb('overview-log');
    const source = new LocalStoreSource(db);
    await source.log({ action: 'search', purpose: 'test', detail: 'query="x"', citizens: ['0101011234', '0202021234', '0101011234'] });
    const rows = await db.audit.toArray();
    expect(rows.map((r) => r.citizenCpr ?? '')).toEqual(['', '0101011234', '0202021234']);
    expect(rows.every((r) => r.user === 'ukendt bruger')).toBe(true);
  });
});
