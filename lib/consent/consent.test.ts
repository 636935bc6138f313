import { describe, expect, it } from 'vitest';
import type { ConsentRow } from '../db/rows';
import { ConsentRow as ConsentRowSchema } from '../db/rows';
import {
  CONSENT_REF,
  ConsentInput,
  basisOf,
  canSeeSector,
  consentRowFrom,
  consentState,
  describeConsentChange,
  summariseConsent,
  visibleSectors,
  withdrawConsentRow,
} from './consent';

const TRINE = '0101831234';
const MARTIN = '1205101235';
const NOW = '2025-03-10T09:00:00.000Z';

const row = (over: Partial<ConsentRow> = {}): ConsentRow => ({
  id: 'c1',
  citizenCpr: TRINE,
  sectors: ['adult', 'health'],
  givenAt: '2025-03-01',
  givenBy: 'Trine Hansen',
  legalBasisRef: CONSENT_REF,
  ...over,
});

describe('canSeeSector', () => {
  it('always shows the caseworker their own sector, even with no consent at all', () => {
    expect(canSeeSector([], TRINE, 'job', 'job', NOW)).toBe(true);
  });
  it('hides another sector without consent', () => {
    expect(canSeeSector([], TRINE, 'health', 'job', NOW)).toBe(false);
  });
  it('shows exactly the sectors the consent names', () => {
    const c = [row()];
    expect(canSeeSector(c, TRINE, 'health', 'job', NOW)).toBe(true);
    expect(canSeeSector(c, TRINE, 'adult', 'job', NOW)).toBe(true);
    expect(canSeeSector(c, TRINE, 'children', 'job', NOW)).toBe(false);
  });
  it("does not let one citizen's consent open another's records (a family member needs their own)", () => {
    expect(canSeeSector([row()], MARTIN, 'health', 'job', NOW)).toBe(false);
  });
  it('stops at once when the consent is withdrawn, and not before', () => {
    const w = withdrawConsentRow(row(), 'Lene Bro', NOW);
    expect(canSeeSector([w], TRINE, 'health', 'job', NOW)).toBe(false);
    expect(canSeeSector([w], TRINE, 'health', 'job', '2025-03-10T08:59:59.000Z')).toBe(true);
  });
  it('holds through the expiry day and stops the day after', () => {
    const c = [row({ expires: '2025-03-10' })];
    expect(canSeeSector(c, TRINE, 'health', 'job', '2025-03-10T22:00:00.000Z')).toBe(true);
    expect(canSeeSector(c, TRINE, 'health', 'job', '2025-03-11T00:00:01.000Z')).toBe(false);
  });
  it('does not apply a consent dated in the future', () => {
    expect(canSeeSector([row({ givenAt: '2025-04-01' })], TRINE, 'health', 'job', NOW)).toBe(false);
  });
  it('accepts another legal basis with its reference like a consent', () => {
    const c = [row({ legalBasisRef: 'SEL § 49 b', sectors: ['children'] })];
    expect(basisOf(c[0]!)).toBe('other');
    expect(canSeeSector(c, TRINE, 'children', 'adult', NOW)).toBe(true);
  });
  it('combines several rows', () => {
    const c = [row({ id: 'a', sectors: ['adult'] }), row({ id: 'b', sectors: ['children'], legalBasisRef: 'SEL § 49 b' })];
    expect(visibleSectors(c, TRINE, 'job', NOW)).toEqual(['job', 'children', 'adult']);
  });
});

describe('consentState and summariseConsent', () => {
  it('names the state of each row', () => {
    expect(consentState(row(), NOW)).toBe('active');
    expect(consentState(row({ expires: '2025-03-01' }), NOW)).toBe('expired');
    expect(consentState(row({ givenAt: '2026-01-01' }), NOW)).toBe('future');
    expect(consentState(withdrawConsentRow(row(), 'x', '2025-03-05T00:00:00.000Z'), NOW)).toBe('withdrawn');
  });
  it('summarises none, partial and full', () => {
    expect(summariseConsent([], TRINE, 'job', NOW).level).toBe('none');
    const partial = summariseConsent([row({ expires: '2025-12-31' })], TRINE, 'job', NOW);
    expect(partial).toMatchObject({ level: 'partial', sectors: ['adult', 'health'], nextExpiry: '2025-12-31' });
    expect(summariseConsent([row({ sectors: ['adult', 'health', 'children'] })], TRINE, 'job', NOW).level).toBe('full');
  });
  it('keeps withdrawn and expired rows visible as history', () => {
    const s = summariseConsent([withdrawConsentRow(row(), 'x', NOW), row({ id: 'c2', expires: '2025-01-01', givenAt: '2024-01-01' })], TRINE, 'job', NOW);
    expect(s.level).toBe('none');
    expect(s.inactive.map((c) => c.state)).toEqual(['withdrawn', 'expired']);
  });
});

describe('ConsentInput and consentRowFrom', () => {
  const input = { cpr: TRINE, basis: 'consent' as const, sectors: ['health' as const, 'adult' as const], givenAt: '2025-03-01', givenBy: 'Trine Hansen' };
  it('makes a row the store accepts', () => {
    const r = consentRowFrom(ConsentInput.parse(input), 'id-1');
    expect(ConsentRowSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({ legalBasisRef: CONSENT_REF, sectors: ['adult', 'health'] });
  });
  it('requires a reference for another legal basis', () => {
    expect(ConsentInput.safeParse({ ...input, basis: 'other' }).success).toBe(false);
    expect(ConsentInput.safeParse({ ...input, basis: 'other', legalBasisRef: 'samtykke' }).success).toBe(false);
    const r = consentRowFrom(ConsentInput.parse({ ...input, basis: 'other', legalBasisRef: ' SEL § 49 b ' }), 'x');
    expect(r.legalBasisRef).toBe('SEL § 49 b');
  });
  it('refuses no sectors, a bad CPR and an expiry before the date given', () => {
    expect(ConsentInput.safeParse({ ...input, sectors: [] }).success).toBe(false);
    expect(ConsentInput.safeParse({ ...input, cpr: '123' }).success).toBe(false);
    expect(ConsentInput.safeParse({ ...input, expires: '2025-02-01' }).success).toBe(false);
  });
  it('withdraws once: a second withdrawal keeps the first time and person', () => {
    const w = withdrawConsentRow(row(), 'A', '2025-03-05T00:00:00.000Z');
    expect(withdrawConsentRow(w, 'B', NOW)).toBe(w);
  });
  it('describes a change for the log without the note', () => {
    const text = describeConsentChange(row({ note: 'hemmelig note' }), 'registered');
    expect(text).toContain('samtykke');
    expect(text).not.toContain('hemmelig');
  });
});
