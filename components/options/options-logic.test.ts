import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { AuditExport } from '@/lib/db/export-import';
import { translate } from '@/lib/i18n';
import { parseCsv } from '@/lib/overview/csv';
import { auditCsv, citizenAuditJson } from './audit-export';
import { cprFromInput, describeError } from './errors';
import { overridesFromForm } from './fees';
import { normaliseOrigin } from './origin';

describe('origin of a case system', () => {
  it('keeps scheme, host and port; refuses paths, other schemes and wildcards', () => {
    expect(normaliseOrigin(' https://Sag.Kommune.dk/ ')).toEqual({ ok: true, origin: 'https://sag.kommune.dk' });
    expect(normaliseOrigin('http://localhost:4101')).toEqual({ ok: true, origin: 'http://localhost:4101' });
    expect(normaliseOrigin('https://sag.kommune.dk/borger?id=1')).toEqual({ ok: false, error: 'options.systems.originOnly' });
    expect(normaliseOrigin('https://user:pw@sag.kommune.dk')).toEqual({ ok: false, error: 'options.systems.originOnly' });
    expect(normaliseOrigin('file:///etc/passwd')).toEqual({ ok: false, error: 'options.systems.httpOnly' });
    expect(normaliseOrigin('sag.kommune.dk')).toEqual({ ok: false, error: 'options.systems.invalid' });
  });
});

describe('fee and validity overrides', () => {
  const row = (fee = '', validityDays = '', answerDays = '') => ({ fee, validityDays, answerDays });
  it('empty means default; numbers are kept, a comma decimal too', () => {
    expect(overridesFromForm({ a: row(), b: row('2000', '120'), c: row('99,5') })).toEqual({ ok: true, infoTypes: { b: { fee: 2000, validityDays: 120 }, c: { fee: 99.5 } } });
  });
  it('refuses negatives, fractions of days and text, naming the field', () => {
    expect(overridesFromForm({ a: row('-1') })).toEqual({ ok: false, id: 'a', field: 'fee' });
    expect(overridesFromForm({ a: row('', '1.5') })).toEqual({ ok: false, id: 'a', field: 'validityDays' });
    expect(overridesFromForm({ a: row('', '', 'ti') })).toEqual({ ok: false, id: 'a', field: 'answerDays' });
  });
});

describe('errors shown to the user', () => {
  it('names a full store, also when Dexie wraps it in an AbortError', () => {
    const inner = new DOMException('quota', 'QuotaExceededError');
    const wrapped = Object.assign(new Dexie.AbortError('Transaction aborted'), { inner });
    expect(describeError(wrapped, 'da')).toBe(translate('da', 'options.error.quota'));
    expect(describeError(new TypeError('boom'), 'en')).toBe('TypeError: boom');
  });
  it('reads a CPR with or without dash and spaces', () => {
    expect(cprFromInput(' 010203-1234 ')).toBe('0102031234');
    expect(cprFromInput('010203-xxxx')).toBeUndefined();
  });
});

describe("the citizen's copy of the access log", () => {
  const log: AuditExport = {
    format: 'en-plan-audit',
    citizenCpr: '0102031234',
    exportedAt: '2025-06-15T10:00:00.000Z',
    entries: [{ at: '2025-06-01T09:00:00.000Z', user: 'Anne Lund, Jobcenter', action: 'search', purpose: 'Opfølgning', detail: 'query="Hansen"' }],
  };
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate('da', k, v);
  it('has dates, actions and purposes, and no employee name or detail', () => {
    const csv = parseCsv(auditCsv(log, t, false));
    expect(csv).toEqual([
      ['Tidspunkt', 'Handling', 'Formål'],
      ['2025-06-01T09:00:00.000Z', 'Søgning', 'Opfølgning'],
    ]);
    expect(JSON.stringify(citizenAuditJson(log))).not.toContain('Anne');
    expect(JSON.stringify(citizenAuditJson(log))).not.toContain('Hansen');
  });
  it('the internal review copy has the names', () => {
    expect(parseCsv(auditCsv(log, t, true))[1]).toContain('Anne Lund, Jobcenter');
  });
});
