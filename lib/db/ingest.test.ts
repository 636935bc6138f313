import { describe, expect, it } from 'vitest';
import { recordKey } from '../model';
import { ingestPage, IngestError, LAST_SEEN_STEP_MS } from './ingest';
import { decideLink, suggestLink } from './links';
import { familyOf, recordsForCitizens } from './queries';
import { citizenRecord, effort, freshDb, JAKOB, MARTIN, MIE, report, T0, T1, T2, TRINE } from './test-fixtures';

describe('ingestPage', () => {
  it('adds records with provenance and upserts the citizen', async () => {
    const db = freshDb();
    const r = effort('E1', TRINE);
    const res = await ingestPage(db, report([r]), T0);
    expect(res).toEqual({ added: 1, changed: 0, unchanged: 0, staled: 0, citizens: [TRINE] });
    const row = (await db.records.get(recordKey(r)))!;
    expect(row).toMatchObject({ citizenCpr: TRINE, linkState: 'auto', firstSeen: T0, lastSeen: T0, stale: 0, kind: 'effort', sector: 'job' });
    expect(row.record.provenance.url).toBe('https://momentum.example/case');
    expect(await db.citizens.get(TRINE)).toMatchObject({ cpr: TRINE, firstSeen: T0, lastSeen: T0 });
  });

  it('is idempotent: the same record again changes nothing but lastSeen', async () => {
    const db = freshDb();
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    const before = (await db.records.toArray())[0]!;
    const again = effort('E1', TRINE, { provenance: { ...before.record.provenance, seenAt: T1, url: 'https://momentum.example/other-view' } });
    const res = await ingestPage(db, report([again]), T1);
    expect(res).toEqual({ added: 0, changed: 0, unchanged: 1, staled: 0, citizens: [] });
    const after = (await db.records.toArray())[0]!;
    expect(after).toEqual({ ...before, lastSeen: T1 });
    expect(await db.recordHistory.count()).toBe(0);
  });

  it('does not write an unchanged record again within LAST_SEEN_STEP_MS of its lastSeen, and does after it', async () => {
    const db = freshDb();
    const scope = 'momentum|efforts|' + TRINE;
    const page = (ids: string[]) => report(ids.map((id) => effort(id, TRINE)), { lists: [{ kind: 'effort', scope, nativeIds: ids, complete: false }] });
    await ingestPage(db, page(['E1']), T0);
    const soon = new Date(Date.parse(T0) + LAST_SEEN_STEP_MS - 1000).toISOString();
    const writes: string[] = [];
    for (const table of [db.records, db.citizens]) {
      table.hook('updating', (_mods, key) => void writes.push(String(key)));
      table.hook('creating', (key) => void writes.push(String(key)));
    }

    // Nothing written at all: a write would drop the worker's cached views (generational-cache.ts).
    expect(await ingestPage(db, page(['E1']), soon)).toMatchObject({ unchanged: 1, citizens: [] });
    expect(writes).toEqual([]);
    expect((await db.records.get('momentum|effort|E1'))!.lastSeen).toBe(T0);
    expect((await db.citizens.get(TRINE))!.lastSeen).toBe(T0);

    // Anything else about the row that changes is written at once: here, a second list names it.
    const other = report([effort('E1', TRINE)], { lists: [{ kind: 'effort', scope: `${scope}|aktive`, nativeIds: ['E1'], complete: false }] });
    await ingestPage(db, other, soon);
    expect(writes).toEqual(['momentum|effort|E1']);
    expect((await db.records.get('momentum|effort|E1'))!.listScopes).toHaveLength(2);

    const hourLater = new Date(Date.parse(soon) + LAST_SEEN_STEP_MS).toISOString();
    await ingestPage(db, page(['E1']), hourLater);
    expect((await db.records.get('momentum|effort|E1'))!.lastSeen).toBe(hourLater);
    expect((await db.citizens.get(TRINE))!.lastSeen).toBe(hourLater);
  });

  it('writes the previous version to history when a record changes', async () => {
    const db = freshDb();
    const v1 = effort('E1', TRINE);
    await ingestPage(db, report([v1]), T0);
    const v2 = effort('E1', TRINE, { status: 'closed', end: '2025-03-01' });
    expect(await ingestPage(db, report([v2]), T1)).toMatchObject({ changed: 1, citizens: [TRINE] });
    const history = await db.recordHistory.toArray();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ recordKey: recordKey(v1), changedAt: T1, previous: v1, previousLastSeen: T0 });
    expect((await db.records.get(recordKey(v1)))).toMatchObject({ record: v2, firstSeen: T0, lastSeen: T1 });
  });

  it('ignores an older reading that arrives after a newer one', async () => {
    const db = freshDb();
    const newer = effort('E1', TRINE, { status: 'closed' });
    newer.provenance.seenAt = T1;
    await ingestPage(db, report([newer]), T1);
    const older = effort('E1', TRINE, { status: 'active' });
    expect(await ingestPage(db, report([older]), T2)).toMatchObject({ changed: 0, unchanged: 1 });
    expect((await db.records.get(recordKey(newer)))!.record).toMatchObject({ status: 'closed' });
  });

  it('marks records missing from a complete list stale, never deletes, and freshens them when seen again', async () => {
    const db = freshDb();
    const scope = 'momentum|efforts|' + TRINE;
    const list = (ids: string[], complete = true) => [{ kind: 'effort', scope, nativeIds: ids, complete }];
    await ingestPage(db, report([effort('E1', TRINE), effort('E2', TRINE)], { lists: list(['E1', 'E2']) }), T0);

    // A paginated (incomplete) list says nothing about what is missing.
    expect((await ingestPage(db, report([effort('E1', TRINE)], { lists: list(['E1'], false) }), T1)).staled).toBe(0);

    const res = await ingestPage(db, report([effort('E1', TRINE)], { lists: list(['E1']) }), T1);
    expect(res).toMatchObject({ staled: 1, citizens: [TRINE] });
    const e2 = (await db.records.get('momentum|effort|E2'))!;
    expect(e2).toMatchObject({ stale: 1, staleSince: T1, lastSeen: T0 });
    expect(await db.records.where('stale').equals(1).count()).toBe(1);
    // Seen stale again: not counted again.
    expect((await ingestPage(db, report([effort('E1', TRINE)], { lists: list(['E1']) }), T2)).staled).toBe(0);

    await ingestPage(db, report([effort('E2', TRINE)], { lists: list(['E1', 'E2']) }), T2);
    const back = (await db.records.get('momentum|effort|E2'))!;
    expect(back.stale).toBe(0);
    expect(back.staleSince).toBeUndefined();
    expect(back.lastSeen).toBe(T2);
    expect((await recordsForCitizens(db, [TRINE])).map((r) => r.stale)).toEqual([false, false]);
  });

  it('does not stale records of another kind or scope', async () => {
    const db = freshDb();
    await ingestPage(db, report([effort('E1', TRINE)], { lists: [{ kind: 'effort', scope: 'a', nativeIds: ['E1'], complete: true }] }), T0);
    await ingestPage(db, report([effort('E9', JAKOB)], { lists: [{ kind: 'effort', scope: 'b', nativeIds: ['E9'], complete: true }] }), T1);
    await ingestPage(db, report([], { lists: [{ kind: 'case', scope: 'a', nativeIds: [], complete: true }] }), T1);
    expect(await db.records.where('stale').equals(1).count()).toBe(0);
  });

  it('builds the household from a citizen record with relations, names from the citizen record', async () => {
    const db = freshDb();
    await ingestPage(db, report([effort('E1', TRINE, { citizen: { cpr: TRINE, name: 'T. Hansen' } })]), T0);
    const trine = citizenRecord(TRINE, 'Trine Hansen', [
      { role: 'child', name: 'Martin Hansen', cpr: MARTIN, birthDate: '2010-05-12' },
      { role: 'child', name: 'Mie Hansen', cpr: MIE },
      { role: 'child', name: 'Ukendt barn' },
    ]);
    const res = await ingestPage(db, report([trine]), T1);
    expect(res.citizens).toEqual([MARTIN, MIE, TRINE].sort());
    expect(await familyOf(db, MARTIN)).toEqual([MARTIN, MIE, TRINE].sort());
    expect((await db.citizens.get(TRINE))!.name).toBe('Trine Hansen');
    expect(await db.citizens.get(MARTIN)).toMatchObject({ name: 'Martin Hansen', birthDate: '2010-05-12' });
    const fam = await db.families.toArray();
    expect(fam).toHaveLength(1);
    expect((await db.citizens.bulkGet([TRINE, MARTIN, MIE])).map((c) => c!.familyId)).toEqual([fam[0]!.id, fam[0]!.id, fam[0]!.id]);
    // A record naming a person less precisely does not overwrite the citizen record's name.
    await ingestPage(db, report([effort('E2', TRINE, { citizen: { cpr: TRINE, name: 'Hansen, T' } })]), T2);
    expect((await db.citizens.get(TRINE))!.name).toBe('Trine Hansen');
  });

  it('merges households that share a member', async () => {
    const db = freshDb();
    await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T0);
    await ingestPage(db, report([citizenRecord(MIE, 'Mie Hansen', [{ role: 'sibling', name: 'Martin', cpr: MARTIN }], 'skole')]), T1);
    expect(await db.families.count()).toBe(1);
    expect(await familyOf(db, MIE)).toEqual([MARTIN, MIE, TRINE].sort());
    expect(await familyOf(db, JAKOB)).toEqual([JAKOB]);
  });

  it('keeps a CPR link when a list shows the same record with the CPR masked, and only a contradiction undoes it', async () => {
    const db = freshDb();
    const full = effort('E8', TRINE);
    const key = recordKey(full);
    await ingestPage(db, report([full]), T0);
    const birth = `${'19' + TRINE.slice(4, 6)}-${TRINE.slice(2, 4)}-${TRINE.slice(0, 2)}`;
    await ingestPage(db, report([effort('E8', undefined, { citizen: { birthDate: birth, name: 'Trine Hansen' } })]), T1);
    expect(await db.records.get(key)).toMatchObject({ linkState: 'auto', citizenCpr: TRINE });
    await ingestPage(db, report([effort('E8', undefined, { citizen: { birthDate: '1990-01-01', name: 'Trine Hansen' } })]), T2);
    expect(await db.records.get(key)).toMatchObject({ linkState: 'suggested', citizenCpr: '', suggestedCpr: TRINE });
  });

  it('suggests the page citizen for a record without a CPR, and a remembered confirmation links it on the next ingest', async () => {
    const db = freshDb();
    const r = effort('E7', undefined);
    const key = recordKey(r);
    await ingestPage(db, report([r], { citizen: { cpr: TRINE } }), T0);
    expect(await db.records.get(key)).toMatchObject({ linkState: 'suggested', citizenCpr: '', suggestedCpr: TRINE });
    expect(await recordsForCitizens(db, [TRINE])).toEqual([]);

    await decideLink(db, key, TRINE, 'confirmed', 'sara', T1);
    await db.records.delete(key); // e.g. purged; the decision is what must bring the link back
    const res = await ingestPage(db, report([r]), T2);
    expect(res.citizens).toEqual([TRINE]);
    expect(await db.records.get(key)).toMatchObject({ linkState: 'confirmed', citizenCpr: TRINE });
    expect((await recordsForCitizens(db, [TRINE]))[0]).toMatchObject({ nativeId: 'E7', linkedCpr: TRINE, linkState: 'confirmed' });
  });

  it('never suggests a rejected pair again', async () => {
    const db = freshDb();
    const r = effort('E8', undefined);
    const key = recordKey(r);
    await ingestPage(db, report([r]), T0);
    expect((await db.records.get(key))!.linkState).toBe('unlinked');
    expect(await suggestLink(db, key, TRINE)).toBe(true);
    await decideLink(db, key, TRINE, 'rejected', 'sara', T1);
    expect(await db.records.get(key)).toMatchObject({ linkState: 'unlinked', citizenCpr: '' });
    expect(await suggestLink(db, key, TRINE)).toBe(false);
    await ingestPage(db, report([r], { citizen: { cpr: TRINE } }), T2);
    expect((await db.records.get(key))!.linkState).toBe('unlinked');
  });

  it('rejects an invalid report with the failing path and writes nothing', async () => {
    const db = freshDb();
    const bad = report([effort('E1', TRINE)]);
    (bad.records[0] as { status: string }).status = 'maybe';
    await expect(ingestPage(db, bad, T0)).rejects.toThrow(IngestError);
    await expect(ingestPage(db, bad, T0)).rejects.toThrow(/records\.0\.status/);
    expect(await db.records.count()).toBe(0);
  });

  it('is all or nothing: a failure mid-ingest leaves no partial record', async () => {
    const db = freshDb();
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    const snapshot = await db.records.toArray();
    db.recordHistory.hook('creating', () => {
      throw new Error('worker died');
    });
    await expect(ingestPage(db, report([effort('E1', TRINE, { status: 'closed' }), effort('E2', TRINE), effort('E3', JAKOB)]), T1)).rejects.toThrow();
    expect(await db.records.toArray()).toEqual(snapshot);
    expect(await db.citizens.get(JAKOB)).toBeUndefined();
  });

  it('20 concurrent ingests of overlapping records lose nothing, duplicate nothing and keep every version in history', async () => {
    const db = freshDb();
    const shared = ['S1', 'S2', 'S3'];
    const calls = Array.from({ length: 20 }, (_, i) =>
      ingestPage(
        db,
        report([
          ...shared.map((id) => effort(id, TRINE, { title: `Version ${i}` })),
          effort(`OWN${i}`, i % 2 ? JAKOB : TRINE),
          effort(`PAIR${Math.floor(i / 2)}`, JAKOB),
        ]),
        new Date(Date.parse(T0) + i * 1000),
      ),
    );
    const results = await Promise.all(calls);
    const rows = await db.records.toArray();
    const keys = rows.map((r) => r.record.nativeId).sort();
    const expected = [...shared, ...Array.from({ length: 20 }, (_, i) => `OWN${i}`), ...Array.from({ length: 10 }, (_, i) => `PAIR${i}`)].sort();
    expect(keys).toEqual(expected);
    expect(results.reduce((s, r) => s + r.added, 0)).toBe(expected.length);

    const history = await db.recordHistory.toArray();
    expect(results.reduce((s, r) => s + r.changed, 0)).toBe(history.length);
    for (const id of shared) {
      const key = `momentum|effort|${id}`;
      const versions = history.filter((h) => h.recordKey === key).map((h) => (h.previous as { title: string }).title);
      const current = (rows.find((r) => r.key === key)!.record as { title: string }).title;
      // Every one of the 20 versions is either the current one or in history, exactly once.
      expect([...versions, current].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Version ${i}`).sort());
    }
    expect(history.filter((h) => h.recordKey.includes('PAIR'))).toHaveLength(0);
    expect(await db.citizens.count()).toBe(2);
  });
});
