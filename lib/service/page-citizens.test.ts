import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { forgetPageCitizens, MAX_PAGES, pageCitizenOf, rememberPageCitizen } from './page-citizens';

const A = '0101831234';
const B = '1205101235';
const URL1 = 'https://jobsag.example/borger/1/indsatser';

beforeEach(() => fakeBrowser.reset());

describe('page citizens', () => {
  it('knows the citizen an address showed', async () => {
    await rememberPageCitizen(URL1, A, '2026-11-23T10:00:00Z');
    expect(await pageCitizenOf(URL1)).toBe(A);
    expect(await pageCitizenOf(`${URL1}?side=2`)).toBeUndefined();
  });

  it('never trusts an address again once it showed two citizens (a "current citizen" page)', async () => {
    await rememberPageCitizen(URL1, A, '2026-11-23T10:00:00Z');
    await rememberPageCitizen(URL1, B, '2026-11-23T10:01:00Z');
    expect(await pageCitizenOf(URL1)).toBeUndefined();
    await rememberPageCitizen(URL1, A, '2026-11-23T10:02:00Z');
    expect(await pageCitizenOf(URL1)).toBeUndefined();
  });

  it('keeps concurrent updates and at most MAX_PAGES addresses, the oldest going first', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString();
    await Promise.all(Array.from({ length: MAX_PAGES + 5 }, (_, i) => rememberPageCitizen(`https://jobsag.example/borger/${i}`, A, at(i))));
    expect(await pageCitizenOf('https://jobsag.example/borger/0')).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/4')).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/5')).toBe(A);
    expect(await pageCitizenOf(`https://jobsag.example/borger/${MAX_PAGES + 4}`)).toBe(A);
  });

  it('forgets every address of a deleted citizen, and only theirs', async () => {
    await rememberPageCitizen(URL1, A, '2026-11-23T10:00:00Z');
    await rememberPageCitizen(`${URL1}?side=2`, A, '2026-11-23T10:00:00Z');
    await rememberPageCitizen('https://jobsag.example/borger/2', B, '2026-11-23T10:00:00Z');
    await forgetPageCitizens([A]);
    expect(await pageCitizenOf(URL1)).toBeUndefined();
    expect(await pageCitizenOf(`${URL1}?side=2`)).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/2')).toBe(B);
  });

  it('writes a page seen again only when its time is ten minutes old, so the oldest still go first', async () => {
    await rememberPageCitizen(URL1, A, '2026-11-23T10:00:00Z');
    const set = vi.spyOn(browser.storage.session, 'set');
    await rememberPageCitizen(URL1, A, '2026-11-23T10:09:00Z');
    expect(set).not.toHaveBeenCalled();
    await rememberPageCitizen(URL1, A, '2026-11-23T10:10:00Z');
    expect(set).toHaveBeenCalledTimes(1);
    await rememberPageCitizen(URL1, B, '2026-11-23T10:10:01Z');
    expect(await pageCitizenOf(URL1)).toBeUndefined();
  });
});
