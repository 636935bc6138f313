import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ADAPTERS } from '@/lib/adapters/registry';
import { LAST_SEEN_STEP_MS } from '@/lib/db/ingest';
import { deleteCitizen } from '@/lib/db/retention';
import { effort, freshDb, MARTIN, report, TRINE } from '@/lib/db/test-fixtures';
import type { EnPlanDb } from '@/lib/db/schema';
import type { CaseworkRecord } from '@/lib/model';
import { forgetPageReadsOf, MAX_PAGE_READS, MAX_READ_CHARS, rememberPageRead, unchangedPageRead, type PageRead } from '@/lib/service/page-reads';
import { dropTabContext, getTabContext } from '@/lib/service/tab-context';
import { handleContentMessage } from './content-handlers';

const TAB = 4;
const adapter = ADAPTERS[0]!;
const ORIGIN = adapter.origins[0]!;
const PAGE = `${ORIGIN}/borger/1/indsatser`;
const from = { tabId: TAB, frameId: 0, origin: ORIGIN, adapter };
const mine = (r: CaseworkRecord): CaseworkRecord => ({ ...r, system: adapter.system, provenance: { ...r.provenance, system: adapter.system } });
const page = report([mine(effort('E1', TRINE)), mine(effort('E2', TRINE))], {
  system: adapter.system,
  url: PAGE,
  citizen: { cpr: TRINE, name: 'Trine Hansen' },
  errors: [{ system: adapter.system, pageType: 'efforts', recordKind: 'effort', record: 'E2', field: 'phone', message: 'not read' }],
});
const unchanged = (fingerprint = 'fp.1.9', frameUrl = PAGE, sender = from) => handleContentMessage(db, { type: 'page-unchanged', frameUrl, fingerprint }, sender);

let db: EnPlanDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb(`page-unchanged-${Math.random()}`);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('page-unchanged', () => {
  it('is true for a page as it was when read in full, and shows the frame as that read left it', async () => {
    expect(await unchanged()).toBe(false);
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    const read = (await getTabContext(TAB)).frames['0'];
    expect(read).toMatchObject({ url: PAGE, citizen: { cpr: TRINE }, errors: page.errors });

    // The tab shows another page meanwhile, then this one again.
    await dropTabContext(TAB);
    vi.setSystemTime(new Date('2026-12-07T10:20:00Z'));
    expect(await unchanged()).toBe(true);
    expect((await getTabContext(TAB)).frames['0']).toEqual({ ...read, at: '2026-12-07T10:20:00.000Z' });
  });

  it('is false for a changed page, another adapter, another origin, or a report sent without a fingerprint', async () => {
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    expect(await unchanged('fp.2.9')).toBe(false);
    expect(await unchanged('fp.1.9', PAGE, { ...from, adapter: { ...adapter, version: '99.0.0' } })).toBe(false);
    expect(await unchanged('fp.1.9', PAGE, { ...from, origin: 'https://other.example' })).toBe(false);
    expect(await unchanged('fp.1.9', `${PAGE}?side=2`)).toBe(false);
    expect(await unchanged()).toBe(true);

    // An unstable page is sent as read, without a fingerprint: the next visit reads it in full again.
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page }, from);
    expect(await unchanged()).toBe(false);
  });

  it('is false once the read is an hour old or from another day: lastSeen moves, and flags fall due', async () => {
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    vi.setSystemTime(Date.parse('2026-12-07T10:00:00Z') + LAST_SEEN_STEP_MS - 1);
    expect(await unchanged()).toBe(true);
    vi.setSystemTime(Date.parse('2026-12-07T10:00:00Z') + LAST_SEEN_STEP_MS);
    expect(await unchanged()).toBe(false);

    vi.setSystemTime(new Date('2026-12-07T23:50:00Z'));
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    vi.setSystemTime(new Date('2026-12-08T00:10:00Z'));
    expect(await unchanged()).toBe(false);
  });

  it('is false once a citizen the read stored is deleted (from the options page: another context)', async () => {
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    await deleteCitizen(db, TRINE, { user: 'sara', purpose: 'borgerens anmodning' });
    expect(await unchanged()).toBe(false);
    // Read in full again, the page is stored again.
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page, fingerprint: 'fp.1.9' }, from);
    expect(await db.records.where('citizenCpr').equals(TRINE).count()).toBe(2);
    expect(await unchanged()).toBe(true);
  });

  it('forgets the oldest reads beyond MAX_PAGE_READS, and never keeps a read that stored no citizen or is too large', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 11, 7, 10, 0, i)).toISOString();
    const read = (i: number, over: Partial<PageRead> = {}): PageRead => ({ fingerprint: 'fp', adapter: 'a@1.0.0', at: at(i), frame: { url: `${ORIGIN}/${i}`, errors: [], at: at(i) }, citizens: [TRINE], ...over });
    const known = (i: number) => unchangedPageRead(db, `${ORIGIN}/${i}`, 'fp', 'a@1.0.0', at(MAX_PAGE_READS + 1));
    await db.citizens.put({ cpr: TRINE, name: 'Trine Hansen', firstSeen: at(0), lastSeen: at(0) });
    await Promise.all(Array.from({ length: MAX_PAGE_READS + 1 }, (_, i) => rememberPageRead(`${ORIGIN}/${i}`, read(i))));
    expect(await known(0)).toBeUndefined();
    expect(await known(1)).toEqual(read(1));

    await rememberPageRead(`${ORIGIN}/1`, read(1, { citizens: [] }));
    expect(await known(1)).toBeUndefined();
    await rememberPageRead(`${ORIGIN}/2`, read(2, { frame: { url: `${ORIGIN}/2`, errors: [], at: at(2), cprLessKeys: ['k'.repeat(MAX_READ_CHARS)] } }));
    expect(await known(2)).toBeUndefined();
    expect(await known(3)).toEqual(read(3));
  });

  it('keeps no read older than the hour, nor any read of a citizen deleted from the options page', async () => {
    const at = new Date().toISOString();
    const read = (url: string, citizens: string[], cpr?: string): PageRead => ({ fingerprint: 'fp', adapter: 'a@1.0.0', at, frame: { url, errors: [], at, ...(cpr ? { citizen: { cpr } } : {}) }, citizens });
    const stored = async () => Object.keys(((await fakeBrowser.storage.session.get('pageReads')).pageReads ?? {}) as object);
    await rememberPageRead(`${ORIGIN}/trine`, read(`${ORIGIN}/trine`, [TRINE], TRINE));
    await rememberPageRead(`${ORIGIN}/family`, read(`${ORIGIN}/family`, [MARTIN, TRINE], MARTIN));
    await rememberPageRead(`${ORIGIN}/martin`, read(`${ORIGIN}/martin`, [MARTIN], MARTIN));
    await forgetPageReadsOf([TRINE]);
    expect(await stored()).toEqual([`${ORIGIN}/martin`]);

    vi.setSystemTime(Date.parse(at) + LAST_SEEN_STEP_MS);
    await rememberPageRead(`${ORIGIN}/other`, undefined);
    expect(await stored()).toEqual([]);
  });
});
