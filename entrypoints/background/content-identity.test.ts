import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { ADAPTERS } from '@/lib/adapters/registry';
import { saveSystems } from '@/lib/config/systems';
import { ingestPage } from '@/lib/db/ingest';
import { effort, freshDb, report, T0, TRINE } from '@/lib/db/test-fixtures';
import type { EnPlanDb } from '@/lib/db/schema';
import { recordKey, type CaseworkRecord, type Flag } from '@/lib/model';
import type { PanelView } from '@/lib/service/panel-view';
import type { FirstView } from '@/lib/service/first-view';
import { getTabContext } from '@/lib/service/tab-context';
import { handleContentMessage } from './content-handlers';
import { handlePanelMessage } from './panel-handlers';
import { handleMessage } from './router';

const TAB = 3;
const adapter = ADAPTERS[0]!;
const ORIGIN = adapter.origins[0]!;
const PAGE = `${ORIGIN}/borger/1/indsatser`;
const from = { tabId: TAB, frameId: 0, origin: ORIGIN, adapter };
const NOW_RECORD = (r: CaseworkRecord): CaseworkRecord => ({ ...r, system: adapter.system, provenance: { ...r.provenance, system: adapter.system } });
const stored = [NOW_RECORD(effort('E1', TRINE)), NOW_RECORD(effort('E2', TRINE, { title: 'Virksomhedspraktik', category: 'internship' }))];
// A stored flag on E1, so "what the store holds" includes one.
const flag: Flag = { id: 'f1', rule: 'parallel-efforts', citizens: [TRINE], recordKeys: [recordKey(stored[0]!)], reason: 'To indsatser', reasonEn: 'Two efforts', status: 'open', detectedAt: T0 };
const identity = { type: 'page-identity', frameUrl: PAGE, pageType: 'efforts', citizen: { cpr: TRINE, name: 'Trine Hansen' } } as const;
const panelView = async () => (await handlePanelMessage(db, { type: 'panel:view' }, { tabId: TAB, hostOrigin: ORIGIN })) as PanelView;

let db: EnPlanDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb(`identity-${Math.random()}`);
  await ingestPage(db, report(stored, { system: adapter.system, citizen: { cpr: TRINE } }), T0);
  await db.flags.put(flag);
});
afterEach(() => vi.restoreAllMocks());

describe('page-identity', () => {
  it('lets the panel show what the store holds for the citizen before the page is read', async () => {
    expect((await panelView()).citizen).toBeUndefined();
    await handleContentMessage(db, identity, from);
    const view = await panelView();
    expect(view.citizen).toMatchObject({ cpr: TRINE });
    expect(view.records.map((r) => r.nativeId).sort()).toEqual(['E1', 'E2']);
    expect(view.flags.length).toBeGreaterThan(0);
    expect(view.flags).toEqual([flag]);
    expect(view.pageType).toBe('efforts');
    // Only a stored page counts as read (tests and read errors rely on `frames`): the identity is kept apart.
    expect((await getTabContext(TAB)).frames).toEqual({});
  });

  it('the head view carries the header and the flags, and only the records the flags name', async () => {
    await handleContentMessage(db, identity, from);
    const head = (await handlePanelMessage(db, { type: 'panel:view', head: true }, { tabId: TAB, hostOrigin: ORIGIN })) as PanelView;
    const full = await panelView();
    expect(head.head).toBe(true);
    expect(head.citizen).toEqual(full.citizen);
    expect(head.flags).toEqual(full.flags);
    const named = new Set(full.flags.flatMap((f) => (f.hidden ? [] : f.recordKeys)));
    expect(head.records.map(recordKey)).toEqual([...named]);
    expect(full.records.length).toBe(2);
    expect(full.head).toBeUndefined();
  });

  it('is overtaken by the page report, and an identity arriving after the report of the same page changes nothing', async () => {
    await handleContentMessage(db, identity, from);
    const page = report([...stored, NOW_RECORD(effort('E3', TRINE, { title: 'Mentor' }))], { system: adapter.system, url: PAGE, citizen: { cpr: TRINE } });
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: page }, from);
    let ctx = await getTabContext(TAB);
    expect(ctx.identities ?? {}).toEqual({});
    expect(ctx.frames['0']).toMatchObject({ url: PAGE, citizen: { cpr: TRINE } });
    expect((await panelView()).records.map((r) => r.nativeId).sort()).toEqual(['E1', 'E2', 'E3']);

    await handleContentMessage(db, { ...identity, citizen: { cpr: TRINE, name: 'Someone Else' } }, from);
    ctx = await getTabContext(TAB);
    expect(ctx.identities ?? {}).toEqual({});

    // A newer page in the same frame (client-side navigation): its identity counts until its report lands.
    const other = '0202905678';
    await handleContentMessage(db, { ...identity, frameUrl: `${ORIGIN}/borger/2/indsatser`, citizen: { cpr: other } }, from);
    expect((await panelView()).citizen?.cpr).toBe(other);
    await handleContentMessage(db, { type: 'page-none', frameUrl: `${ORIGIN}/borger/2/indsatser` }, from);
    expect((await getTabContext(TAB)).identities ?? {}).toEqual({});
  });

  it('passes the router with the same sender checks as every content message', async () => {
    await saveSystems([{ origin: ORIGIN, adapterId: adapter.id }]);
    const sender = { id: browser.runtime.id, url: PAGE, origin: ORIGIN, tab: { id: TAB, url: PAGE }, frameId: 0 };
    const route = (message: unknown, s: object) => handleMessage(db, message, s as Browser.runtime.MessageSender);
    await route(identity, sender);
    expect((await getTabContext(TAB)).identities?.['0']).toMatchObject({ citizen: { cpr: TRINE }, system: adapter.system });

    // A page of a system nobody configured, a malformed identity, and a system's frame inside a stranger's page.
    await route({ ...identity, citizen: { cpr: '0202905678' } }, { ...sender, origin: 'https://evil.example', url: 'https://evil.example/x' });
    await route({ ...identity, citizen: { cpr: 'not-a-cpr' } }, sender);
    await route({ ...identity, citizen: { cpr: '0202905678' } }, { ...sender, tab: { id: TAB, url: 'https://evil.example/' } });
    expect((await getTabContext(TAB)).identities?.['0']?.citizen.cpr).toBe(TRINE);
    const rejected = (await db.audit.toArray()).filter((a) => a.action === 'rejected-message');
    expect(rejected).toHaveLength(3);
  });
});

describe('a further page of a list, read when the caseworker asked', () => {
  it('is stored, and the frame still shows its own page (with the offer to read on)', async () => {
    const shown = report(stored, { system: adapter.system, url: PAGE, citizen: { cpr: TRINE } });
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: { ...shown, nextPage: `${PAGE}?side=2` } }, from);
    expect((await panelView()).morePages).toBe(true);
    const second = `${PAGE}?side=2`;
    const further = report([NOW_RECORD(effort('E4', TRINE, { title: 'Mentor' }))], { system: adapter.system, url: second, citizen: { cpr: TRINE } });
    await handleContentMessage(db, { type: 'page-report', frameUrl: second, report: further, followed: true }, from);
    expect((await getTabContext(TAB)).frames['0']).toMatchObject({ url: PAGE, nextPage: `${PAGE}?side=2` });
    expect((await panelView()).records.map((r) => r.nativeId).sort()).toEqual(['E1', 'E2', 'E4']);
  });
});

describe('the first view', () => {
  it('sends the tab\'s top frame the stored flags when a frame\'s loading page names its citizen, logged as a view', async () => {
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleContentMessage(db, identity, from);
    expect(sent).not.toHaveBeenCalled();
    // A case shown in an iframe (frame 2): the panel is the top frame's.
    expect(await handleContentMessage(db, { ...identity, firstView: true }, { ...from, frameId: 2 })).toBeUndefined();
    expect(sent).toHaveBeenCalledTimes(1);
    const [tab, message, options] = sent.mock.calls[0]! as unknown as [number, { type: string; view: FirstView }, { frameId: number }];
    expect([tab, message.type, options]).toEqual([TAB, 'first-view', { frameId: 0 }]);
    expect(message.view).toMatchObject({ citizen: 'Trine Hansen', flags: [{ reason: 'To indsatser', open: true }] });
    const log = await db.audit.where('citizenCpr').equals(TRINE).toArray();
    expect(log.filter((e) => e.action === 'view').map((e) => e.detail)).toEqual([`${adapter.system} efforts (første visning)`]);
  });

  it('answers page-open for an address read before, and only for one that showed one citizen', async () => {
    const open = { type: 'page-open', frameUrl: PAGE } as const;
    expect(await handleContentMessage(db, open, from)).toBeUndefined();
    await handleContentMessage(db, identity, from);
    // The store knows Trine only by her CPR here (no page named her): the view says so, with her flags.
    expect(await handleContentMessage(db, open, from)).toMatchObject({ citizen: '(navn ikke vist)', flags: [{ reason: 'To indsatser' }] });
    // Another origin's address is never looked up for this frame.
    expect(await handleContentMessage(db, { type: 'page-open', frameUrl: `https://elsewhere.example${new URL(PAGE).pathname}` }, from)).toBeUndefined();
    await handleContentMessage(db, { ...identity, citizen: { cpr: '1205101235', name: 'Martin' } }, from);
    expect(await handleContentMessage(db, open, from)).toBeUndefined();
  });

  it('is not built, logged and drawn again when the page names the citizen its address already showed', async () => {
    await handleContentMessage(db, identity, from);
    const views = async () => (await db.audit.where('citizenCpr').equals(TRINE).toArray()).filter((e) => e.action === 'view').length;
    const before = await views();
    expect(await handleContentMessage(db, { type: 'page-open', frameUrl: PAGE }, from)).toMatchObject({ flags: [{ reason: 'To indsatser' }] });
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleContentMessage(db, { ...identity, firstView: true }, { ...from, frameId: 2 });
    expect(sent).not.toHaveBeenCalled();
    expect(await views()).toBe(before + 1);
    // Another tab, or this tab's next page whose address said nothing, gets it as before.
    await handleContentMessage(db, { ...identity, firstView: true }, { ...from, tabId: TAB + 1 });
    await handleContentMessage(db, { type: 'page-open', frameUrl: `${ORIGIN}/borger/2/indsatser` }, from);
    await handleContentMessage(db, { ...identity, firstView: true }, from);
    expect(sent.mock.calls.map(([tab]) => tab)).toEqual([TAB + 1, TAB]);
    expect(await views()).toBe(before + 3);
  });

  it('answers page-open from memory after the page was read again unchanged', async () => {
    await handleContentMessage(db, identity, from);
    const again = report(stored, { system: adapter.system, url: PAGE, citizen: { cpr: TRINE } });
    await handleContentMessage(db, { type: 'page-report', frameUrl: PAGE, report: again }, from);
    // The read that follows the report, done while no page is waiting for it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reads = vi.spyOn(db.records, 'bulkGet');
    expect(await handleContentMessage(db, { type: 'page-open', frameUrl: PAGE }, from)).toMatchObject({ flags: [{ reason: 'To indsatser' }] });
    expect(reads).not.toHaveBeenCalled();
  });

  it('is not shown when its access cannot be logged', async () => {
    await handleContentMessage(db, identity, from);
    vi.spyOn(db.audit, 'add').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(handleContentMessage(db, { type: 'page-open', frameUrl: PAGE }, from)).rejects.toThrow(/Quota/);
    const sent = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(handleContentMessage(db, { ...identity, firstView: true }, from)).rejects.toThrow(/Quota/);
    expect(sent).not.toHaveBeenCalled();
  });
});
