import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { ADAPTERS } from '@/lib/adapters/registry';
import { concerns, watchedBy } from '@/components/panel/notice-concerns';
import { citizenRecord, effort, freshDb, report, JAKOB, T0, TRINE } from '@/lib/db/test-fixtures';
import { ingestPage } from '@/lib/db/ingest';
import type { EnPlanDb } from '@/lib/db/schema';
import { changeNoticeOf, type ChangeNotice } from '@/lib/messages/to-panel';
import type { CaseworkRecord } from '@/lib/model';
import type { PanelView } from '@/lib/service/panel-view';
import { updateTabContext } from '@/lib/service/tab-context';
import { handleContentMessage } from './content-handlers';
import { handlePanelMessage } from './panel-handlers';

const adapter = ADAPTERS[0]!;
const ORIGIN = adapter.origins[0]!;
const TRINE_TAB = 3;
const JAKOB_TAB = 4;
const own = (r: CaseworkRecord): CaseworkRecord => ({ ...r, system: adapter.system, provenance: { ...r.provenance, system: adapter.system } });
const pageOf = (cpr: string, id: string) => report([own(effort(id, cpr))], { system: adapter.system, url: `${ORIGIN}/borger/${cpr}/indsatser`, citizen: { cpr } });
const read = (tabId: number, cpr: string, id: string) => {
  const page = pageOf(cpr, id);
  return handleContentMessage(db, { type: 'page-report', frameUrl: page.url, report: page }, { tabId, frameId: 0, origin: ORIGIN, adapter });
};
const viewOf = async (tabId: number) => (await handlePanelMessage(db, { type: 'panel:view' }, { tabId, hostOrigin: ORIGIN })) as PanelView;

let db: EnPlanDb;
let notices: ChangeNotice[];
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb(`notify-${Math.random()}`);
  notices = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) => {
    const notice = changeNoticeOf(m);
    if (notice) notices.push(notice);
    return Promise.resolve(undefined);
  }) as typeof browser.runtime.sendMessage);
});

describe('change notices and the views they are weighed against', () => {
  it('the view names the tab it was built for; a page read in another tab about another citizen does not concern it', async () => {
    await read(TRINE_TAB, TRINE, 'E1');
    const trineView = await viewOf(TRINE_TAB);
    expect(trineView.tabId).toBe(TRINE_TAB);
    expect(trineView.citizen?.cpr).toBe(TRINE);
    const watched = watchedBy(trineView);

    notices = [];
    await read(JAKOB_TAB, JAKOB, 'E2');
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => n.tabId === JAKOB_TAB)).toBe(true);
    expect(notices.some((n) => concerns(n, watched))).toBe(false);

    // Trine's records read in Jakob's tab (a list, a colleague's case): her panel hears of it.
    notices = [];
    await read(JAKOB_TAB, TRINE, 'E3');
    expect(notices.some((n) => concerns(n, watched))).toBe(true);
    // And its own tab's reads always.
    notices = [];
    await read(TRINE_TAB, TRINE, 'E1');
    expect(notices.some((n) => concerns(n, watched))).toBe(true);
  });

  it('a page with records without a full CPR hears of every citizen: any of them may become a link candidate', async () => {
    await read(TRINE_TAB, TRINE, 'E1');
    expect((await viewOf(TRINE_TAB)).unlinkedOnPage).toBeUndefined();
    await updateTabContext(TRINE_TAB, (ctx) => ({ ...ctx, frames: { ...ctx.frames, '1': { url: `${ORIGIN}/liste`, errors: [], at: T0, cprLessKeys: ['x|effort|1'] } } }));
    const view = await viewOf(TRINE_TAB);
    expect(view.unlinkedOnPage).toBe(true);
    notices = [];
    await read(JAKOB_TAB, JAKOB, 'E2');
    expect(notices.some((n) => concerns(n, watchedBy(view)))).toBe(true);
  });

  it('a flag status change is global', async () => {
    await read(TRINE_TAB, TRINE, 'E1');
    const watched = watchedBy(await viewOf(TRINE_TAB));
    notices = [];
    await handlePanelMessage(db, { type: 'panel:flag-status', flagId: 'nope', status: 'dismissed', note: 'x' }, { tabId: JAKOB_TAB, hostOrigin: ORIGIN }).catch(() => undefined);
    expect(notices).toEqual([{}]);
    expect(concerns(notices[0]!, watched)).toBe(true);
  });

  it('a plan edit that takes a person out of the plan names them too: their panel shows the plan no more', async () => {
    await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen'), citizenRecord(JAKOB, 'Jakob Berg')]), T0);
    const created = (await handlePanelMessage(db, { type: 'panel:plan-create', citizens: [TRINE, JAKOB] }, {})) as { ok: true; id: string };
    expect(created.ok).toBe(true);
    notices = [];
    const edited = await handlePanelMessage(db, { type: 'panel:plan-edit', planId: created.id, op: { op: 'set-persons', citizens: [JAKOB] } }, {});
    expect(edited).toMatchObject({ ok: true });
    expect(notices).toEqual([{ citizens: [TRINE, JAKOB].sort() }]);
  });
});
