import { describe, expect, it, vi } from 'vitest';
import { logAccess } from '../db/audit';
import { ingestPage } from '../db/ingest';
import { recordsForCitizens, setFlagStatus, type StoredRecord } from '../db/queries';
import { effort, freshDb, report, T0, T1, TRINE } from '../db/test-fixtures';
import { recordKey, type Flag } from '../model';
import { MAX_CITIZENS, MAX_RECORDS, cachedCitizenData, cachedRecords } from './view-cache';
import { overBudget } from './generational-cache';

// The real reads, watched: one test counts them.
vi.mock('../db/queries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../db/queries')>();
  return { ...actual, recordsForCitizens: vi.fn(actual.recordsForCitizens) };
});

describe('cachedCitizenData', () => {
  it('answers the records of a repeat from memory until records are written; the small tables are read fresh', async () => {
    const db = freshDb(`cache-${Math.random()}`);
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    const first = await cachedCitizenData(db, TRINE);
    expect((await cachedCitizenData(db, TRINE)).records).toEqual(first.records);
    expect(await cachedRecords(db, TRINE)).toBe(await cachedRecords(db, TRINE));
    const records = await cachedRecords(db, TRINE);

    // Every panel view writes an audit entry, a flag changes often: neither throws the records away.
    await logAccess(db, { user: 'sara', citizenCpr: TRINE, action: 'view', purpose: 'sagsbehandling', detail: '' });
    const flag: Flag = { id: 'f1', rule: 'parallel-efforts', citizens: [TRINE], recordKeys: [recordKey(effort('E1', TRINE))], reason: 'r', reasonEn: 'r', status: 'open', detectedAt: T0 };
    await db.flags.put(flag);
    expect(await cachedRecords(db, TRINE)).toBe(records);
    expect((await cachedCitizenData(db, TRINE)).flags).toEqual([flag]);
    await setFlagStatus(db, 'f1', 'dismissed', 'handled', 'sara', T1);
    expect((await cachedCitizenData(db, TRINE)).flags[0]?.status).toBe('dismissed');

    await ingestPage(db, report([effort('E1', TRINE), effort('E2', TRINE)]), T1);
    expect((await cachedCitizenData(db, TRINE)).records.map((r) => r.nativeId).sort()).toEqual(['E1', 'E2']);
  });

  it('keeps databases apart', async () => {
    const a = freshDb(`cache-a-${Math.random()}`);
    const b = freshDb(`cache-b-${Math.random()}`);
    await ingestPage(a, report([effort('E1', TRINE)]), T0);
    expect((await cachedCitizenData(a, TRINE)).records).toHaveLength(1);
    expect((await cachedCitizenData(b, TRINE)).records).toHaveLength(0);
  });

  it('keeps only the most recently used citizens', async () => {
    const db = freshDb(`cache-lru-${Math.random()}`);
    // Creating the database is a write too (its upgrade transaction): done before the cache is looked at.
    await db.open();
    const cprs = Array.from({ length: MAX_CITIZENS + 1 }, (_, i) => `01019${String(i).padStart(5, '0')}`);
    const first = await cachedRecords(db, cprs[0]!);
    for (const cpr of cprs.slice(1, MAX_CITIZENS)) await cachedRecords(db, cpr);
    expect(await cachedRecords(db, cprs[0]!)).toBe(first);
    const second = await cachedRecords(db, cprs[1]!);
    for (const cpr of cprs.slice(2)) await cachedRecords(db, cpr);
    // One over the limit: the least recently used (cprs[0]: cprs[1] was used after it) went, the others stayed.
    expect(await cachedRecords(db, cprs[1]!)).toBe(second);
    expect(await cachedRecords(db, cprs[0]!)).not.toBe(first);
  });

  it("shares a citizen's read over the budget while it is in flight, and keeps none of it once answered", async () => {
    // Test Stor in the memory bench: the panels asking at one moment get one read, and none of it stays in memory.
    const db = freshDb(`cache-big-${Math.random()}`);
    await db.open();
    const big = Array.from({ length: MAX_RECORDS + 1 }, () => ({}) as StoredRecord);
    let answer: (rows: StoredRecord[]) => void = () => undefined;
    vi.mocked(recordsForCitizens).mockClear().mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const first = cachedRecords(db, TRINE);
    expect(cachedRecords(db, TRINE)).toBe(first);
    answer(big);
    expect(await first).toBe(big);
    expect(recordsForCitizens).toHaveBeenCalledTimes(1);
    // Not kept: the next view reads again. The same citizen with exactly the budget's records is kept.
    vi.mocked(recordsForCitizens).mockResolvedValueOnce(big.slice(1));
    const kept = await cachedRecords(db, TRINE);
    expect(recordsForCitizens).toHaveBeenCalledTimes(2);
    expect(await cachedRecords(db, TRINE)).toBe(kept);
    expect(recordsForCitizens).toHaveBeenCalledTimes(2);
  });

  it('keeps the newest citizens whose records fit the budget, and never one over it alone', () => {
    expect(overBudget([1000, 1000, 1000], 5000)).toEqual([]);
    expect(overBudget([3000, 1500, 1000, 400], 5000)).toEqual([2]);
    expect(overBudget([6000, 100], 5000)).toEqual([0]);
    expect(overBudget([], 5000)).toEqual([]);
  });
});
