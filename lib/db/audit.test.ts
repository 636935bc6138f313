import { describe, expect, it } from 'vitest';
import * as audit from './audit';
import { auditFor, logAccess } from './audit';
import { exportAuditFor } from './export-import';
import { freshDb, T0, T1, TRINE } from './test-fixtures';

describe('audit', () => {
  it('appends entries with purpose and lists them per citizen, oldest first', async () => {
    const db = freshDb();
    await logAccess(db, { user: 'sara', citizenCpr: TRINE, action: 'search', purpose: 'visitation', detail: 'cpr=TRINE' }, T1);
    await logAccess(db, { user: 'sara', citizenCpr: TRINE, action: 'view', purpose: 'sagsbehandling', detail: '' }, T0);
    await logAccess(db, { user: 'system', citizenCpr: undefined, action: 'rejected-message', purpose: 'security', detail: 'x' }, T0);
    expect((await auditFor(db, TRINE)).map((e) => [e.at, e.action])).toEqual([
      [T0, 'view'],
      [T1, 'search'],
    ]);
    const forCitizen = await exportAuditFor(db, TRINE, { now: T1 });
    expect(forCitizen.entries.map((e) => e.user)).toEqual(['', '']);
    expect(forCitizen.entries[0]).toMatchObject({ at: T0, action: 'view', purpose: 'sagsbehandling' });
  });

  it('refuses an entry without a purpose or with an unknown action', async () => {
    const db = freshDb();
    await expect(logAccess(db, { user: 'sara', action: 'view', purpose: '  ', detail: '' })).rejects.toThrow(/purpose/);
    await expect(logAccess(db, { user: 'sara', action: 'peek' as never, purpose: 'x', detail: '' })).rejects.toThrow(/action/);
    expect(await db.audit.count()).toBe(0);
  });

  it('exports no way to change or delete an entry', () => {
    expect(Object.keys(audit).filter((k) => /update|delete|remove|edit|clear/i.test(k))).toEqual([]);
  });
});
