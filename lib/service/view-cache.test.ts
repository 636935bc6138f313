import { describe, expect, it } from 'vitest';
import { logAccess } from '../db/audit';
import { ingestPage } from '../db/ingest';
import { setFlagStatus } from '../db/queries';
import { effort, freshDb, report, T0, T1, TRINE } from '../db/test-fixtures';
import { recordKey, type Flag } from '../model';
import { MAX_CITIZENS, cachedCitizenData } from './view-cache';

describe('cachedCitizenData', () => {
  it('answers a repeat from memory, and any committed write but an audit entry makes the next answer fresh', async () => {
    const db = freshDb(`cache-${Math.random()}`);
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    const first = await cachedCitizenData(db, TRINE);
    expect(await cachedCitizenData(db, TRINE)).toBe(first);

    // Every panel view writes an audit entry: that must not throw the cache away.
    await logAccess(db, { user: 'sara', citizenCpr: TRINE, action: 'view', purpose: 'sagsbehandling', detail: '' });
    expect(await cachedCitizenData(db, TRINE)).toBe(first);

    await ingestPage(db, report([effort('E1', TRINE), effort('E2', TRINE)]), T1);
    const second = await cachedCitizenData(db, TRINE);
    expect(second.records.map((r) => r.nativeId).sort()).toEqual(['E1', 'E2']);

    const flag: Flag = { id: 'f1', rule: 'parallel-efforts', citizens: [TRINE], recordKeys: [recordKey(effort('E1', TRINE))], reason: 'r', reasonEn: 'r', status: 'open', detectedAt: T0 };
    await db.flags.put(flag);
    expect((await cachedCitizenData(db, TRINE)).flags).toEqual([flag]);
    await setFlagStatus(db, 'f1', 'dismissed', 'handled', 'sara', T1);
    expect((await cachedCitizenData(db, TRINE)).flags[0]?.status).toBe('dismissed');
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
    const first = await cachedCitizenData(db, cprs[0]!);
    for (const cpr of cprs.slice(1, MAX_CITIZENS)) await cachedCitizenData(db, cpr);
    expect(await cachedCitizenData(db, cprs[0]!)).toBe(first);
    const second = await cachedCitizenData(db, cprs[1]!);
    for (const cpr of cprs.slice(2)) await cachedCitizenData(db, cpr);
    // One over the limit: the least recently used (cprs[0]: cprs[1] was used after it) went, the others stayed.
    expect(await cachedCitizenData(db, cprs[1]!)).toBe(second);
    expect(await cachedCitizenData(db, cprs[0]!)).not.toBe(first);
  });
});
