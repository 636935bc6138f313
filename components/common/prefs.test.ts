import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { getPref, loadPrefs, setPref } from './prefs';

describe('UI preferences', () => {
  it('are kept in extension storage, readable at once from memory', async () => {
    await loadPrefs();
    expect(getPref('panel.width', 380)).toBe(380);
    setPref('panel.width', 420);
    expect(getPref('panel.width', 380)).toBe(420);
    await expect.poll(async () => ((await browser.storage.local.get('uiPrefs')).uiPrefs as Record<string, unknown>)?.['panel.width']).toBe(420);
  });
});
