import { describe, expect, it, vi } from 'vitest';
import { logAccess } from '../db/audit';
import { ingestPage } from '../db/ingest';
import { effort, freshDb, MARTIN, report, T0, TRINE } from '../db/test-fixtures';
import { recordKey, type Flag } from '../model';
import { cachedFirstViewInputs, MAX_KEYS } from './first-view-inputs';

describe('cachedFirstViewInputs', () => {
  it('reads the store once until something but an audit entry is written', async () => {
    const db = freshDb(`first-view-inputs-${Math.random()}`);
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    const flag: Flag = { id: 'f1', rule: 'parallel-efforts', citizens: [TRINE], recordKeys: [recordKey(effort('E1', TRINE))], reason: 'r', reasonEn: 'r', status: 'open', detectedAt: T0 };
    await db.flags.put(flag);
    const reads = vi.spyOn(db.citizens, 'get');

    const first = cachedFirstViewInputs(db, TRINE);
    expect(cachedFirstViewInputs(db, TRINE)).toBe(first);
    expect((await first).flags).toEqual([flag]);
    expect((await first).scopes).toEqual([{ scopes: [{ cpr: TRINE, sector: 'job' }], missing: false }]);
    // Every view writes an audit entry: that changes nothing the first view shows.
    await logAccess(db, { user: 'sara', citizenCpr: TRINE, action: 'view', purpose: 'sagsbehandling', detail: '' });
    expect(cachedFirstViewInputs(db, TRINE)).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);

    await db.flags.put({ ...flag, status: 'dismissed' });
    expect((await cachedFirstViewInputs(db, TRINE)).flags[0]?.status).toBe('dismissed');
    // A record gone from the store: the flag now rests on something missing (shown as hidden: fail closed).
    await db.records.delete(recordKey(effort('E1', TRINE)));
    expect((await cachedFirstViewInputs(db, TRINE)).scopes).toEqual([{ scopes: [], missing: true }]);
    expect(reads).toHaveBeenCalledTimes(3);
  });

  it("keeps the newest citizens whose flags' record keys fit the budget", async () => {
    const db = freshDb(`first-view-inputs-${Math.random()}`);
    const keys = Array.from({ length: MAX_KEYS + 1 }, (_, i) => recordKey(effort(`E${i}`, TRINE)));
    await ingestPage(db, report([effort('E0', TRINE)]), T0);
    await db.flags.put({ id: 'f1', rule: 'parallel-efforts', citizens: [TRINE], recordKeys: keys, reason: 'r', reasonEn: 'r', status: 'open', detectedAt: T0 });
    const first = cachedFirstViewInputs(db, TRINE);
    expect((await first).scopes).toEqual([{ scopes: [{ cpr: TRINE, sector: 'job' }], missing: true }]);
    // Answered, but over the budget on its own: read again next time.
    expect(cachedFirstViewInputs(db, TRINE)).not.toBe(first);
    const few = cachedFirstViewInputs(db, MARTIN);
    await few;
    expect(cachedFirstViewInputs(db, MARTIN)).toBe(few);
  });

  it('does not remember a failed read', async () => {
    const db = freshDb(`first-view-inputs-${Math.random()}`);
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    vi.spyOn(db.citizens, 'get').mockRejectedValueOnce(new Error('boom'));
    await expect(cachedFirstViewInputs(db, TRINE)).rejects.toThrow('boom');
    expect((await cachedFirstViewInputs(db, TRINE)).me?.cpr).toBe(TRINE);
  });
});
