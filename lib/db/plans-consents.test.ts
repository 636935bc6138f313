import { describe, expect, it } from 'vitest';
import { CONSENT_REF, withdrawConsentRow } from '../consent/consent';
import { applyPlanOp, newPlan, toPlanRow } from '../plan/ops';
import { readPlan } from '../plan/types';
import { auditFor } from './audit';
import { addConsent, consentsFor, updateConsent } from './consents';
import { createPlan, planVersions, plansFor, updatePlan } from './plans';
import { MARTIN, TRINE, freshDb } from './test-fixtures';

const NOW = '2025-03-01T10:00:00.000Z';
const ctx = { user: 'Lene Bro', now: NOW, newId: (() => { let n = 0; return () => `id${++n}`; })() };
const entry = (detail: string) => ({ user: 'Lene Bro', citizenCpr: TRINE, action: 'edit-plan' as const, purpose: 'plan', detail });

describe('plans store', () => {
  it('creates, edits with history and logs in the same transaction', async () => {
    const db = freshDb('plans1');
    const plan = toPlanRow(newPlan([TRINE, MARTIN], ctx));
    await createPlan(db, plan, entry('created'));
    const v1 = await updatePlan(db, plan.id, (p) => toPlanRow(applyPlanOp(readPlan(p).plan, { op: 'add-goal', text: 'Ro i familien' }, ctx)), () => entry('goal-added'));
    expect(v1.version).toBe(1);
    expect((await plansFor(db, [MARTIN])).map((p) => p.id)).toEqual([plan.id]);
    expect((await planVersions(db, plan.id)).map((p) => p.version)).toEqual([0, 1]);
    expect((await auditFor(db, TRINE)).map((a) => a.detail)).toEqual(['created', 'goal-added']);
    // A family plan is Martin's too: his own access log shows every change.
    expect((await auditFor(db, MARTIN)).map((a) => a.detail)).toEqual(['created', 'goal-added']);
  });

  it('writes nothing when the edit is refused', async () => {
    const db = freshDb('plans2');
    const plan = toPlanRow(newPlan([TRINE], ctx));
    await createPlan(db, plan, entry('created'));
    await expect(updatePlan(db, plan.id, () => { throw new Error('refused'); }, () => entry('x'))).rejects.toThrow('refused');
    expect((await db.plans.get(plan.id))!.version).toBe(0);
    expect(await db.planHistory.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    await expect(createPlan(db, plan, entry('again'))).rejects.toThrow(/exists/);
  });

  it('keeps both of two concurrent edits', async () => {
    const db = freshDb('plans3');
    const plan = toPlanRow(newPlan([TRINE], ctx));
    await createPlan(db, plan, entry('created'));
    const add = (text: string) => updatePlan(db, plan.id, (p) => toPlanRow(applyPlanOp(readPlan(p).plan, { op: 'add-goal', text }, ctx)), () => entry('goal'));
    await Promise.all([add('A'), add('B')]);
    const stored = (await db.plans.get(plan.id))!;
    expect(stored.version).toBe(2);
    expect(stored.goals.map((g) => (g as { text: string }).text).sort()).toEqual(['A', 'B']);
  });
});

describe('consents store', () => {
  it('adds and withdraws with a log line each', async () => {
    const db = freshDb('consents1');
    const row = { id: 'c1', citizenCpr: TRINE, sectors: ['health' as const], givenAt: '2025-03-01', givenBy: 'Trine Hansen', legalBasisRef: CONSENT_REF };
    const log = (detail: string) => ({ user: 'Lene Bro', citizenCpr: TRINE, action: 'consent-change' as const, purpose: 'samtykke', detail });
    await addConsent(db, row, log('registered'), NOW);
    const w = await updateConsent(db, 'c1', (r) => withdrawConsentRow(r, 'Lene Bro', NOW), () => log('withdrawn'), NOW);
    expect(w?.withdrawnAt).toBe(NOW);
    expect(await updateConsent(db, 'nope', (r) => r, () => log('x'), NOW)).toBeUndefined();
    expect((await consentsFor(db, [TRINE, MARTIN])).length).toBe(1);
    expect((await auditFor(db, TRINE)).map((a) => a.action)).toEqual(['consent-change', 'consent-change']);
  });
});
