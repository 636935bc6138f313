import { describe, expect, it } from 'vitest';
import type { Flag } from '../model';
import { auditFor, logAccess } from './audit';
import { ingestPage } from './ingest';
import { decideLink } from './links';
import { familyOf } from './queries';
import { deleteCitizen, purgeExpired } from './retention';
import type { PlanRow } from './rows';
import { citizenRecord, dumpAll, effort, freshDb, JAKOB, MARTIN, MIE, report, T0, T1, T2, TRINE } from './test-fixtures';

const plan = (id: string, citizens: string[], over: Partial<PlanRow> = {}): PlanRow => ({
  id,
  citizens,
  goals: [
    { id: 'g1', text: 'Stabil skolegang', citizens: [MARTIN] },
    { id: 'g2', text: 'Fælles morgenrutine', citizens: [TRINE, MARTIN] },
  ],
  actions: [{ id: 'a1', text: 'ADHD-klinik', citizenCpr: MARTIN, owner: 'Børnefamilie' }],
  coordinator: { name: 'Sara' },
  coordinationLevel: 3,
  updatedAt: T1,
  updatedBy: 'sara',
  version: 2,
  ...over,
});

const flag = (id: string, citizens: string[], recordKeys: string[]): Flag => ({
  id,
  rule: 'parallel-efforts',
  citizens,
  recordKeys,
  reason: 'Parallelle indsatser',
  reasonEn: 'Parallel efforts',
  status: 'open',
  detectedAt: T0,
});

/** Trine's family in every table, with Martin's CPR in every place it can be. */
async function seedFamily() {
  const db = freshDb();
  const trine = citizenRecord(TRINE, 'Trine Hansen', [
    { role: 'child', name: 'Martin Hansen', cpr: MARTIN },
    { role: 'child', name: 'Mie Hansen', cpr: MIE },
  ]);
  await ingestPage(db, report([trine, citizenRecord(MARTIN, 'Martin Hansen', [{ role: 'parent', name: 'Trine', cpr: TRINE }])]), T0);
  // Trine's record changes, so its history holds a version listing Martin.
  await ingestPage(db, report([{ ...trine, address: 'Ny vej 1' }]), T1);
  await ingestPage(db, report([effort('E1', TRINE), effort('M1', MARTIN), effort('M2', MARTIN)]), T0);
  await ingestPage(db, report([effort('M1', MARTIN, { status: 'closed' })]), T1);
  await ingestPage(db, report([effort('U1', undefined)], { citizen: { cpr: MARTIN } }), T1);
  await ingestPage(db, report([effort('U2', undefined)]), T1);
  await decideLink(db, 'momentum|effort|U2', MARTIN, 'confirmed', 'sara', T1);
  await ingestPage(db, report([effort('U3', undefined)]), T1);
  await decideLink(db, 'momentum|effort|U3', MARTIN, 'rejected', 'sara', T1);
  await db.flags.bulkPut([
    flag('m', [MARTIN], ['momentum|effort|M1']),
    flag('fam', [TRINE, MARTIN], ['momentum|effort|E1', 'momentum|effort|M2']),
    flag('t', [TRINE], ['momentum|effort|E1']),
  ]);
  await db.plans.bulkPut([plan('family', [TRINE, MARTIN]), plan('martin', [MARTIN])]);
  await db.planHistory.bulkPut([
    { planId: 'family', version: 1, savedAt: T0, plan: plan('family', [TRINE, MARTIN], { version: 1 }) },
    { planId: 'martin', version: 1, savedAt: T0, plan: plan('martin', [MARTIN], { version: 1 }) },
  ]);
  await db.consents.bulkPut([
    { id: 'c1', citizenCpr: MARTIN, sectors: ['children', 'health'], givenAt: T0, givenBy: 'Trine Hansen', legalBasisRef: 'SEL § 11 a' },
    { id: 'c2', citizenCpr: TRINE, sectors: ['job'], givenAt: T0, givenBy: 'Trine Hansen', legalBasisRef: 'LAB § 30 b' },
  ]);
  await db.settings.put({ key: 'settings', value: { userName: 'sara' } });
  await logAccess(db, { user: 'sara', citizenCpr: MARTIN, action: 'view', purpose: 'sagsbehandling', detail: 'dubu' }, T1);
  return db;
}

const dashed = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

describe('deleteCitizen', () => {
  it('leaves the CPR in no table but the audit log, where only the deletion and earlier look-ups name it', async () => {
    const db = await seedFamily();
    expect(JSON.stringify(await dumpAll(db, ['audit']))).toContain(MARTIN);

    const counts = await deleteCitizen(db, MARTIN, { user: 'sara', purpose: 'borgerens anmodning om sletning' }, T2);
    expect(counts).toMatchObject({ records: 4, consents: 1, citizens: 1, plans: 2 });

    const dump = await dumpAll(db, ['audit']);
    for (const [table, json] of Object.entries(dump)) {
      expect(json.includes(MARTIN) || json.includes(dashed(MARTIN)), `${table} still holds the CPR`).toBe(false);
    }
    // The others are intact.
    expect(await familyOf(db, TRINE)).toEqual([TRINE, MIE].sort());
    expect((await db.records.where('citizenCpr').equals(TRINE).toArray()).map((r) => r.record.nativeId).sort()).toEqual(['C-Trine', 'E1']);
    // A flag resting on Martin's records goes (its reason named him; detection runs again for Trine); hers alone stays.
    expect(await db.flags.get('fam')).toBeUndefined();
    expect(await db.flags.get('t')).toBeDefined();
    expect(await db.flags.get('m')).toBeUndefined();
    const family = (await db.plans.get('family'))!;
    expect(family.citizens).toEqual([TRINE]);
    expect(family.goals.map((g) => g.id)).toEqual(['g2']);
    expect(family.actions).toEqual([]);
    expect(await db.plans.get('martin')).toBeUndefined();
    expect(await db.planHistory.where('planId').equals('martin').count()).toBe(0);
    expect((await db.records.get('momentum|effort|U1'))!.linkState).toBe('unlinked');
    expect(await db.consents.get('c2')).toBeDefined();

    const log = await auditFor(db, MARTIN);
    expect(log.map((e) => e.action)).toEqual(['view', 'delete']);
    const deletion = log[1]!;
    expect(deletion).toMatchObject({ user: 'sara', citizenCpr: MARTIN, purpose: 'borgerens anmodning om sletning', at: T2 });
    expect(deletion.detail).toMatch(/^[a-zA-Z]+=\d+( [a-zA-Z]+=\d+)*$/);
  });

  it('refuses to delete without a purpose, and then deletes nothing', async () => {
    const db = await seedFamily();
    const before = await dumpAll(db);
    await expect(deleteCitizen(db, MARTIN, { user: 'sara', purpose: '' }, T2)).rejects.toThrow(/purpose/);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('purgeExpired', () => {
  it('purges records not seen within retentionDays with their history, then citizens with nothing left, and old audit', async () => {
    const db = freshDb();
    const old = '2024-01-01T00:00:00.000Z';
    const now = '2024-06-01T00:00:00.000Z';
    await ingestPage(db, report([effort('J1', JAKOB)]), old);
    await ingestPage(db, report([effort('J1', JAKOB, { status: 'closed' })]), old);
    await ingestPage(db, report([effort('P1', MIE)]), old);
    await db.plans.put(plan('mie', [MIE]));
    await ingestPage(db, report([effort('T1', TRINE)]), '2024-05-20T00:00:00.000Z');
    await db.flags.put(flag('j', [JAKOB], ['momentum|effort|J1']));
    await logAccess(db, { user: 'sara', citizenCpr: JAKOB, action: 'view', purpose: 'sagsbehandling', detail: '' }, '2021-01-01T00:00:00.000Z');
    await logAccess(db, { user: 'sara', citizenCpr: JAKOB, action: 'view', purpose: 'sagsbehandling', detail: '' }, '2024-05-01T00:00:00.000Z');

    const res = await purgeExpired(db, { retentionDays: 90, auditRetentionDays: 730 }, now);
    expect(res).toMatchObject({ records: 2, recordHistory: 1, citizens: 1, audit: 1, flags: 1 });
    expect((await db.records.toArray()).map((r) => r.record.nativeId)).toEqual(['T1']);
    expect(await db.citizens.get(JAKOB)).toBeUndefined();
    // Mie has a plan: the coordinator's work is not scraped data and keeps her.
    expect(await db.citizens.get(MIE)).toBeDefined();
    expect(await db.recordHistory.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
    expect(await purgeExpired(db, { retentionDays: 90, auditRetentionDays: 730 }, now)).toMatchObject({ records: 0, citizens: 0, audit: 0 });
  });
});
