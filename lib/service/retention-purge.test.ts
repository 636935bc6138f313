import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ingestPage } from '../db/ingest';
import { effort, freshDb, JAKOB, report, TRINE } from '../db/test-fixtures';
import { pageCitizenOf, rememberPageCitizen } from './page-citizens';
import { purgeExpiredData } from './retention-purge';

beforeEach(() => fakeBrowser.reset());

describe('purgeExpiredData', () => {
  it('forgets the pages that named a citizen the purge erased, and only theirs', async () => {
    const db = freshDb();
    const old = '2024-01-01T00:00:00.000Z';
    const now = new Date('2024-06-01T00:00:00.000Z');
    await ingestPage(db, report([effort('J1', JAKOB)]), old);
    await ingestPage(db, report([effort('T1', TRINE)]), '2024-05-20T00:00:00.000Z');
    await rememberPageCitizen('https://jobsag.example/borger/1', JAKOB, old);
    await rememberPageCitizen('https://jobsag.example/borger/2', TRINE, '2024-05-20T00:00:00.000Z');

    expect(await purgeExpiredData(db, { retentionDays: 90, auditRetentionDays: 730 }, now)).toMatchObject({ citizens: 1 });
    expect(await db.citizens.get(JAKOB)).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/1')).toBeUndefined();
    expect(await pageCitizenOf('https://jobsag.example/borger/2')).toBe(TRINE);
  });
});
