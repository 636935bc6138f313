import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ingestPage } from '../db/ingest';
import { effort, freshDb, JAKOB, report, TRINE } from '../db/test-fixtures';
import { pageCitizenOf, rememberPageCitizen } from './page-citizens';
import { purgeExpiredData } from './retention-purge';
import { getTabContext, updateTabContext } from './tab-context';

beforeEach(() => fakeBrowser.reset());

describe('purgeExpiredData', () => {
  it('forgets the pages and tabs that named a citizen the purge erased, and only theirs', async () => {
    const db = freshDb();
    const old = '2024-01-01T00:00:00.000Z';
    const now = new Date('2024-06-01T00:00:00.000Z');
    await ingestPage(db, report([effort('J1', JAKOB)]), old);
    await ingestPage(db, report([effort('T1', TRINE)]), '2024-05-20T00:00:00.000Z');
    await rememberPageCitizen('https://jobsag.example/borger/1', JAKOB, old);
    await rememberPageCitizen('https://jobsag.example/borger/2', TRINE, '2024-05-20T00:00:00.000Z');
    const frame = (cpr: string, url: string) => ({ url, system: 'jobsag', pageType: 'citizen', citizen: { cpr }, errors: [], at: old });
    const precheck = { infoTypeLabel: 'Lægeerklæring', blocking: true, submitBlocked: false, matches: [] };
    // Tab 1: the case of the erased citizen in a frame beside a page about someone else; tab 2: the erased citizen's
    // page whose full read has not landed yet.
    await updateTabContext(1, () => ({ frames: { 0: frame(TRINE, 'https://a/t'), 3: frame(JAKOB, 'https://a/j') }, precheck }));
    await updateTabContext(2, () => ({ frames: {}, identities: { 0: frame(JAKOB, 'https://a/j2') } }));
    await updateTabContext(4, () => ({ frames: { 0: frame(TRINE, 'https://a/t') }, precheck }));

    expect(await purgeExpiredData(db, { retentionDays: 90, auditRetentionDays: 730 }, now)).toMatchObject({ citizens: 1 });
    expect(await db.citizens.get(JAKOB)).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/1')).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/2')).toBe(TRINE);
    expect(await getTabContext(1)).toEqual({ frames: { 0: frame(TRINE, 'https://a/t') }, identities: {} });
    expect(await getTabContext(2)).toEqual({ frames: {}, identities: {} });
    expect(await getTabContext(4)).toEqual({ frames: { 0: frame(TRINE, 'https://a/t') }, precheck });
  });
});
