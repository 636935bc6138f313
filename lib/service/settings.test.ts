import { describe, expect, it, vi } from 'vitest';
import { logAccess } from '../db/audit';
import { freshDb } from '../db/test-fixtures';
import { loadSettings, saveSettings } from './settings';

describe('loadSettings', () => {
  it('reads the store once until the settings are written, and hands each caller its own copy', async () => {
    const db = freshDb(`settings-${Math.random()}`);
    // Creating the database reports every table as changed.
    await db.open();
    const reads = vi.spyOn(db.settings, 'get');
    const first = await loadSettings(db);
    first.userName = 'changed by a careless caller';
    await logAccess(db, { user: 'sara', action: 'view', purpose: 'sagsbehandling', detail: '' });
    expect((await loadSettings(db)).userName).toBe('');
    expect(reads).toHaveBeenCalledTimes(1);

    await saveSettings(db, { ...(await loadSettings(db)), userName: 'Lene Bro', language: 'en' });
    expect(await loadSettings(db)).toMatchObject({ userName: 'Lene Bro', language: 'en' });
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
