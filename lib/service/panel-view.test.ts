import { describe, expect, it } from 'vitest';
import { CONSENT_REF, consentRowFrom, withdrawConsentRow } from '../consent/consent';
import { addConsent, updateConsent } from '../db/consents';
import { createPlan, updatePlan } from '../db/plans';
import { ingestPage } from '../db/ingest';
import type { StoredRecord } from '../db/queries';
import { citizenRecord, effort, freshDb, MARTIN, report, T0, TRINE } from '../db/test-fixtures';
import type { Flag, RecordOf } from '../model';
import { recordKey } from '../model';
import { applyPlanOp, newPlan, readPlan, toPlanRow } from '../plan';
import { buildPanelView, buildPrintView, filterByConsent } from './panel-view';
import { saveSettings } from './settings';
import { defaultSettings } from '../model';

const NOW = '2025-03-10T09:00:00.000Z';

const stored = (r: RecordOf<'effort'>): StoredRecord => ({ ...r, stale: false, firstSeen: T0, lastSeen: T0, linkState: 'auto', linkedCpr: r.citizen.cpr ?? '' });
const jobEffort = stored(effort('E1', TRINE, { responsible: { unit: 'Jobcenter', caseworker: 'Lene Bro', phone: '11 22 33 44' } }));
const healthEffort = stored(
  effort('H1', TRINE, { system: 'nexus', sector: 'health', title: 'Smerteklinik', category: 'pain', responsible: { unit: 'Smerteklinikken', caseworker: 'Dr. Hemmelig' } }),
);
const flag = (id: string, keys: string[]): Flag => ({
  id,
  rule: 'parallel-efforts',
  citizens: [TRINE],
  recordKeys: keys,
  reason: `Hemmelig grund ${id}`,
  reasonEn: `Secret reason ${id}`,
  status: 'open',
  detectedAt: T0,
});
const consent = (sectors: ('health' | 'adult' | 'children')[], over = {}) =>
  consentRowFrom({ cpr: TRINE, basis: 'consent', sectors, givenAt: '2025-03-01', givenBy: 'Trine Hansen', ...over }, 'c1');

describe('filterByConsent', () => {
  const records = [jobEffort, healthEffort];
  const flags = [flag('own', [recordKey(jobEffort)]), flag('cross', [recordKey(jobEffort), recordKey(healthEffort)])];

  it('without consent shows only the own sector, counts for the others, and flags without their reason', () => {
    const r = filterByConsent(records, flags, [], 'job', NOW);
    expect(r.visible.map(recordKey)).toEqual([recordKey(jobEffort)]);
    expect(r.hidden).toEqual([{ sector: 'health', records: 1, byKind: { effort: 1 }, citizens: [TRINE] }]);
    expect(r.flags[0]).toMatchObject({ id: 'own', reason: 'Hemmelig grund own' });
    expect(r.flags[1]).toEqual({ id: 'cross', rule: 'parallel-efforts', status: 'open', citizens: [TRINE], hidden: true, sectors: ['health'] });
    expect(JSON.stringify(r.flags[1])).not.toContain('Hemmelig');
    expect(JSON.stringify({ ...r, isVisible: undefined })).not.toContain('Smerteklinik');
  });

  it('with consent for the sector shows everything', () => {
    const r = filterByConsent(records, flags, [consent(['health'])], 'job', NOW);
    expect(r.visible).toHaveLength(2);
    expect(r.hidden).toEqual([]);
    expect(r.flags.every((f) => !f.hidden)).toBe(true);
  });

  it('with consent for another sector still hides this one', () => {
    expect(filterByConsent(records, flags, [consent(['adult'])], 'job', NOW).hidden).toHaveLength(1);
  });

  it('accepts another legal basis with its reference', () => {
    const other = consentRowFrom({ cpr: TRINE, basis: 'other', legalBasisRef: 'SUL § 119', sectors: ['health'], givenAt: '2025-03-01', givenBy: 'Lene Bro' }, 'x');
    expect(filterByConsent(records, flags, [other], 'job', NOW).visible).toHaveLength(2);
  });

  it("sees it from the health caseworker's side too: the jobcenter is then the other sector", () => {
    const r = filterByConsent(records, flags, [], 'health', NOW);
    expect(r.visible.map((x) => x.sector)).toEqual(['health']);
    expect(r.hidden.map((h) => h.sector)).toEqual(['job']);
  });

  it('fails closed for a flag on a record the store no longer has', () => {
    expect(filterByConsent([jobEffort], [flag('gone', ['x|effort|1'])], [], 'job', NOW).flags[0]).toMatchObject({ hidden: true, sectors: [] });
  });

  it("names each hidden sector of a flag's records once, in order, and still fails closed with one record gone", () => {
    const health2 = stored(effort('H2', TRINE, { system: 'nexus', sector: 'health' }));
    const adult = stored(effort('A1', TRINE, { system: 'sensum', sector: 'adult' }));
    const keys = [recordKey(healthEffort), recordKey(adult), recordKey(health2), recordKey(jobEffort)];
    const r = filterByConsent([jobEffort, healthEffort, health2, adult], [flag('wide', keys), flag('wide-gone', [...keys, 'x|effort|1'])], [consent(['adult'])], 'job', NOW);
    expect(r.flags[0]).toMatchObject({ hidden: true, sectors: ['health'] });
    expect(r.flags[1]).toMatchObject({ hidden: true, sectors: ['health'] });
    expect(filterByConsent([jobEffort, adult], [flag('seen', [recordKey(adult), recordKey(jobEffort)])], [consent(['adult'])], 'job', NOW).flags[0]).toMatchObject({ id: 'seen', reason: 'Hemmelig grund seen' });
  });
});

async function seed(name: string) {
  const db = freshDb(name);
  await saveSettings(db, { ...defaultSettings(), userName: 'Lene Bro', userSector: 'job' });
  await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T0);
  await ingestPage(db, report([effort('E1', TRINE, { responsible: { unit: 'Jobcenter Demoby', caseworker: 'Lene Bro', phone: '11 22 33 44' } })]), T0);
  await ingestPage(
    db,
    report([effort('H1', TRINE, { system: 'nexus', sector: 'health', title: 'Smerteklinik', category: 'pain', responsible: { unit: 'Smerteklinikken', caseworker: 'Dr. Hemmelig' } })]),
    T0,
  );
  await ingestPage(db, report([effort('B1', MARTIN, { system: 'dubu', sector: 'children', title: 'Familiebehandling', category: 'family', responsible: { unit: 'Familieafdelingen' } })]), T0);
  return db;
}

describe('buildPanelView', () => {
  it('filters records, contacts and flags by consent, and withdrawal takes effect at once', async () => {
    const db = await seed('view1');
    const none = await buildPanelView(db, undefined, { cpr: TRINE, now: NOW });
    expect(none.citizen).toMatchObject({ cpr: TRINE, name: 'Trine Hansen' });
    expect(none.family.map((f) => f.cpr)).toEqual([MARTIN]);
    expect(none.records.every((r) => r.sector === 'job')).toBe(true);
    expect(none.hidden.map((h) => [h.sector, h.records])).toEqual([['children', 2], ['health', 1]]);
    expect(JSON.stringify(none)).not.toContain('Smerteklinik');
    expect(JSON.stringify(none)).not.toContain('Hemmelig');
    expect(none.contacts.map((c) => c.name)).toEqual(['Lene Bro']);
    expect(none.consent.summaries.map((s) => s.level)).toEqual(['none', 'none']);

    await addConsent(db, consent(['health']), { user: 'Lene Bro', citizenCpr: TRINE, action: 'consent-change', purpose: 'samtykke', detail: 'x' }, NOW);
    const some = await buildPanelView(db, undefined, { cpr: TRINE, now: NOW });
    expect(some.records.map((r) => r.sector).sort()).toEqual(['health', 'job']);
    // Martin's children-sector records need consent for Martin, not Trine's.
    expect(some.hidden.map((h) => h.sector)).toEqual(['children']);
    expect(some.contacts.map((c) => c.name)).toContain('Dr. Hemmelig');

    await updateConsent(db, 'c1', (r) => withdrawConsentRow(r, 'Lene Bro', NOW), () => ({ user: 'Lene Bro', action: 'consent-change', purpose: 'samtykke', detail: 'w' }), NOW);
    const after = await buildPanelView(db, undefined, { cpr: TRINE, now: NOW });
    expect(after.records.every((r) => r.sector === 'job')).toBe(true);
    expect(after.consent.summaries[0]!.inactive[0]!.state).toBe('withdrawn');
  });

  it('shows the plan with history and hides a linked effort from another sector', async () => {
    const db = await seed('view2');
    const ctx = { user: 'Lene Bro', now: NOW, newId: (() => { let n = 0; return () => `p${++n}`; })() };
    const plan = toPlanRow(newPlan([TRINE, MARTIN], ctx, 3));
    await createPlan(db, plan, { user: 'Lene Bro', citizenCpr: TRINE, action: 'edit-plan', purpose: 'plan', detail: 'created' });
    await updatePlan(
      db,
      plan.id,
      (p) => toPlanRow(applyPlanOp(readPlan(p).plan, { op: 'add-action', action: { what: 'Smertehåndtering', effortKey: 'nexus|effort|H1', sector: 'health' } }, ctx)),
      () => ({ user: 'Lene Bro', citizenCpr: TRINE, action: 'edit-plan', purpose: 'plan', detail: 'x' }),
    );
    const view = await buildPanelView(db, undefined, { cpr: MARTIN, now: NOW });
    expect(view.plan?.plan.citizens).toEqual([TRINE, MARTIN].sort());
    expect(view.plan?.history.map((h) => h.version)).toEqual([1, 0]);
    expect(view.plan?.efforts['nexus|effort|H1']).toEqual({ hidden: true, sector: 'health' });

    const print = await buildPrintView(db, TRINE, NOW);
    expect(print.persons.map((p) => p.name).sort()).toEqual(['Martin', 'Trine Hansen']);
    expect(print.plan?.actions[0]?.what).toBe('Smertehåndtering');
    expect(JSON.stringify(print)).not.toContain('flag');
    expect(print.contacts.map((c) => c.unit)).not.toContain('Smerteklinikken');
  });

  it('returns an empty view for a tab without a citizen', async () => {
    const db = freshDb('view3');
    const view = await buildPanelView(db, undefined, { now: NOW });
    expect(view).toMatchObject({ readable: false, records: [], flags: [], hidden: [] });
    expect(view.citizen).toBeUndefined();
  });
});
