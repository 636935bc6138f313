import { describe, expect, it } from 'vitest';
import type { Flag } from '../model';
import { ingestPage } from './ingest';
import { citizenSummary, flagsFor, saveFlags, setFlagStatus, type MergeFlags } from './queries';
import { citizenRecord, effort, freshDb, JAKOB, MARTIN, report, T0, T1, TRINE } from './test-fixtures';

const flag = (id: string, citizens: string[], over: Partial<Flag> = {}): Flag => ({
  id,
  rule: 'parallel-efforts',
  citizens,
  recordKeys: ['momentum|effort|E1'],
  reason: 'Parallelle indsatser',
  reasonEn: 'Parallel efforts',
  status: 'open',
  detectedAt: T0,
  ...over,
});

// Stands in for lib/detect's mergeFlagStatus: the detected flag keeps the status a caseworker gave it.
const keepStatus: MergeFlags = (existing, detected) =>
  detected.map((d) => {
    const old = existing.find((e) => e.id === d.id);
    return old ? { ...d, status: old.status, statusAt: old.statusAt, statusBy: old.statusBy, statusNote: old.statusNote } : d;
  });

describe('queries', () => {
  it('saveFlags replaces the scope, keeps statuses through the merge, and leaves flags reaching outside the scope', async () => {
    const db = freshDb();
    await saveFlags(db, [TRINE, MARTIN], [flag('a', [TRINE]), flag('b', [TRINE, MARTIN]), flag('gone', [MARTIN])], keepStatus);
    await db.flags.put(flag('wide', [TRINE, JAKOB]));
    await setFlagStatus(db, 'a', 'dismissed', 'Aftalt med borger', 'sara', T1);

    const saved = await saveFlags(db, [TRINE, MARTIN], [flag('a', [TRINE]), flag('b', [TRINE, MARTIN]), flag('new', [TRINE])], keepStatus);
    expect(saved.map((f) => f.id).sort()).toEqual(['a', 'b', 'new']);
    const all = await flagsFor(db, [TRINE]);
    expect(all.map((f) => f.id).sort()).toEqual(['a', 'b', 'new', 'wide']);
    expect(all.find((f) => f.id === 'a')).toMatchObject({ status: 'dismissed', statusNote: 'Aftalt med borger', statusBy: 'sara', statusAt: T1 });
    expect(await db.flags.get('gone')).toBeUndefined();
  });

  it('setFlagStatus returns undefined for an unknown flag and refuses an unknown status', async () => {
    const db = freshDb();
    expect(await setFlagStatus(db, 'nope', 'resolved', undefined, 'sara', T1)).toBeUndefined();
    await db.flags.put(flag('a', [TRINE]));
    await expect(setFlagStatus(db, 'a', 'weird' as never, undefined, 'sara', T1)).rejects.toThrow();
  });

  it('citizenSummary counts records, kinds, sectors, family and flags', async () => {
    const db = freshDb();
    await ingestPage(db, report([effort('E1', TRINE), effort('E2', TRINE, { status: 'closed' })]), T0);
    await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T1);
    await db.flags.put(flag('a', [TRINE]));
    const s = await citizenSummary(db, TRINE, T1);
    expect(s).toMatchObject({
      records: 3,
      stale: 0,
      byKind: { effort: 2, citizen: 1 },
      sectors: ['children', 'job'],
      systems: ['dubu', 'momentum'],
      family: [TRINE, MARTIN].sort(),
      openFlags: 1,
      plans: 0,
      activeConsents: 0,
      lastSeen: T1,
    });
    expect(s.citizen?.name).toBe('Trine Hansen');
  });
});
