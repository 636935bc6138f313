import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { storageMemo } from './storage-memo';

beforeEach(() => fakeBrowser.reset());

const memoOf = () => storageMemo('session', 'k', (value) => (value as string[] | undefined) ?? []);

describe('storage memo', () => {
  it('reads storage once, then answers from memory', async () => {
    await browser.storage.session.set({ k: ['a'] });
    const memo = memoOf();
    const get = vi.spyOn(browser.storage.session, 'get');
    expect(await memo.get()).toEqual(['a']);
    expect(await memo.get()).toEqual(['a']);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('takes the new value storage reports, whoever wrote it, and ignores other keys and areas', async () => {
    const memo = memoOf();
    expect(await memo.get()).toEqual([]);
    await browser.storage.session.set({ k: ['b'] });
    expect(await memo.get()).toEqual(['b']);
    await browser.storage.local.set({ k: ['local'] });
    await browser.storage.session.set({ other: ['c'] });
    expect(await memo.get()).toEqual(['b']);
    await browser.storage.session.remove('k');
    expect(await memo.get()).toEqual([]);
  });

  it('holds what this context wrote before the change event comes', async () => {
    const memo = memoOf();
    await memo.get();
    memo.wrote(['mine']);
    expect(await memo.get()).toEqual(['mine']);
  });

  it('reads storage itself when asked to, for a listener that may hear of a change before the memo does', async () => {
    const memo = memoOf();
    await memo.get();
    memo.wrote(['stale']);
    expect(await memo.fresh()).toEqual([]);
    expect(await memo.get()).toEqual([]);
  });

  it('reads again once its listener is gone, so it never answers without hearing of changes', async () => {
    const memo = memoOf();
    await browser.storage.session.set({ k: ['a'] });
    expect(await memo.get()).toEqual(['a']);
    fakeBrowser.reset();
    await browser.storage.session.set({ k: ['b'] });
    expect(await memo.get()).toEqual(['b']);
  });

  it('does not keep a failed read', async () => {
    const memo = memoOf();
    vi.spyOn(browser.storage.session, 'get').mockRejectedValueOnce(new Error('gone'));
    await expect(memo.get()).rejects.toThrow('gone');
    expect(await memo.get()).toEqual([]);
  });
});
