import { describe, expect, it, vi } from 'vitest';
import { logAccess } from '../db/audit';
import { freshDb } from '../db/test-fixtures';
import { cachedSettings, loadSettings, saveSettings } from './settings';

describe('cachedSettings', () => {
  it('reads the store once until the settings are written, and gives each caller its own copy', async () => {
    const db = freshDb(`settings-${Math.random()}`);
    // Creating the database reports every table as written.
    await db.open();
    const reads = vi.spyOn(db.settings, 'get');
    const first = await cachedSettings(db);
    await logAccess(db, { user: 'sara', action: 'view', purpose: 'sagsbehandling', detail: '' });
    const second = await cachedSettings(db);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);

    await saveSettings(db, { ...(await loadSettings(db)), language: 'en' });
    expect((await cachedSettings(db)).language).toBe('en');
  });
});
