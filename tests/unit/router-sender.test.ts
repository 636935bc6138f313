/**
 * The background's front door, end to end in Node: entrypoints/background/router.ts with the real sender check,
 * the real schemas and a real (fake-indexeddb) store. Real Chromium fills `sender` itself, so the senders a page can
 * NOT produce there (look-alike ids, file:, data:, a missing sender...) are tried here; tests/e2e/security-*.spec.ts
 * try what a page and another extension can really do.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { handleMessage } from '@/entrypoints/background/router';
import { effort, freshDb, report, TRINE } from '@/lib/db/test-fixtures';
import type { EnPlanDb } from '@/lib/db/schema';

const ID = 'test-extension-id';
const EXT = `chrome-extension://${ID}`;
const HEALTH = 'http://localhost:4104';
const JOB = 'http://localhost:4101';
const SYSTEMS = [
  { origin: JOB, adapterId: 'demo-jobsag' },
  { origin: HEALTH, adapterId: 'demo-sundhedsportalen' },
];

type Sender = Browser.runtime.MessageSender;
const tab = (url: string | undefined, id = 7) => ({ id, url, index: 0, windowId: 1, highlighted: true, active: true, pinned: false, incognito: false }) as Browser.tabs.Tab;
const originOf = (url: string) => URL.canParse(url) ? new URL(url).origin : undefined;
const content = (url: string, tabUrl = url, frameId = 0): Sender => ({ id: ID, url, origin: originOf(url), tab: tab(tabUrl), frameId });
const PAGE_NONE = { type: 'page-none', frameUrl: `${HEALTH}/borger/1001` };

let db: EnPlanDb;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ systems: SYSTEMS });
  db = freshDb(`router-${Math.random()}`);
});

async function rejections() {
  return (await db.audit.toArray()).filter((r) => r.action === 'rejected-message');
}

/** Every table but the audit log, to show a dropped message changed nothing. */
async function dataRows() {
  const tables = db.tables.filter((t) => t.name !== 'audit');
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('messages from senders that are not ours are dropped and logged', () => {
  const cases: [string, Sender | undefined, string][] = [
    ['a missing sender', undefined, 'foreign sender id'],
    ['an empty sender', {}, 'foreign sender id'],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/bg.html' }, 'foreign sender id'],
    ['our id with no url or origin', { id: ID }, 'no usable origin'],
    ['a look-alike extension origin (suffix)', { id: ID, url: `${EXT}.evil.example/panel.html` }, 'not a configured case system'],
    ['a look-alike extension origin (user info)', { id: ID, url: `chrome-extension://${ID}@evil.example/panel.html` }, 'not a configured'],
    ['a look-alike host (suffix)', content('http://localhost.evil.example:4104/borger/1001'), 'not a configured case system'],
    ['a look-alike host (sub-domain)', content('http://localhost.4104.evil.example/borger/1001'), 'not a configured case system'],
    ['a malformed address that starts like ours', content('http://localhost:4104.evil.example/borger/1001'), 'no usable origin'],
    ['the right host on another port', content('http://localhost:41040/borger/1001'), 'not a configured case system'],
    ['the right host over another scheme', content('https://localhost:4104/borger/1001'), 'not a configured case system'],
    ['a file: page', { id: ID, url: 'file:///home/sb/Downloads/borger.html', tab: tab('file:///home/sb/Downloads/borger.html'), frameId: 0 }, 'no usable origin'],
    ['a data: page', { id: ID, url: 'data:text/html,<h1>x</h1>', tab: tab('data:text/html,<h1>x</h1>'), frameId: 0 }, 'no usable origin'],
    ['a blob: page', { id: ID, url: `blob:${HEALTH}/0b1c`, tab: tab(`blob:${HEALTH}/0b1c`), frameId: 0 }, 'no usable origin'],
    ['an opaque ("null") origin', { id: ID, url: `${HEALTH}/x`, origin: 'null', tab: tab(`${HEALTH}/x`), frameId: 3 }, 'opaque origin'],
    ['an opaque origin in a stranger tab', { id: ID, url: 'about:srcdoc', origin: 'null', tab: tab('https://evil.example/'), frameId: 3 }, 'opaque origin'],
    ['a content script without a tab', { id: ID, url: `${HEALTH}/borger/1001`, origin: HEALTH }, 'without a tab'],
    ['a system frame embedded by a stranger', content(`${HEALTH}/borger/1001`, 'https://evil.example/', 4), 'inside unexpected page'],
    ['a system frame in a tab whose address we may not see', { ...content(`${HEALTH}/borger/1001`), tab: tab(undefined), frameId: 2 }, 'inside unexpected page'],
    ['our panel framed by a stranger', { id: ID, url: `${EXT}/panel.html`, origin: EXT, tab: tab('https://evil.example/'), frameId: 5 }, 'extension frame inside unexpected page'],
    ['our panel framed in a tab whose address we may not see', { id: ID, url: `${EXT}/panel.html`, origin: EXT, tab: tab(undefined), frameId: 5 }, 'extension frame inside unexpected page'],
    ['our panel framed by a file: page', { id: ID, url: `${EXT}/panel.html`, origin: EXT, tab: tab('file:///tmp/x.html'), frameId: 5 }, 'extension frame inside unexpected page'],
  ];

  it.each(cases)('%s', async (_label, sender, reason) => {
    const answer = await handleMessage(db, PAGE_NONE, sender as Sender);
    expect(answer).toBeUndefined();
    const logged = await rejections();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ user: 'system', action: 'rejected-message', purpose: 'security' });
    expect(logged[0]!.detail).toContain(reason);
    expect(logged[0]!.citizenCpr).toBeUndefined();
    // Nothing else was touched: no tab context either.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('a panel message from a stranger-framed panel does not reach the data', async () => {
    const sender: Sender = { id: ID, url: `${EXT}/panel.html`, origin: EXT, tab: tab('https://evil.example/'), frameId: 5 };
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    for (const message of [{ type: 'panel:view', cpr: '0101831234' }, { type: 'panel:print', cpr: '0101831234' }, { type: 'panel:open-source', url: 'https://evil.example/' }]) {
      expect(await handleMessage(db, message, sender)).toBeUndefined();
    }
    expect(await rejections()).toHaveLength(3);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
  });
});

describe('messages of the wrong shape from a real content script are dropped and logged', () => {
  const sender = () => content(`${HEALTH}/borger/1001`);
  const bad: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'page-report'],
    ['an array', [{ type: 'page-none' }]],
    ['an unknown type', { type: 'drop-tables' }],
    ['a missing field', { type: 'page-report', report: {} }],
    ['a wrong field type', { type: 'page-none', frameUrl: 42 }],
    ['an over-long field', { type: 'precheck', system: 'sundhedsportalen', infoTypeLabel: 'x'.repeat(10_000) }],
    ['a panel message (content scripts may not send them)', { type: 'panel:view', cpr: '0101831234' }],
    ['a consent change from a content script', { type: 'panel:consent-withdraw', consentId: 'c1' }],
    ['a prototype-pollution attempt', JSON.parse('{"type":"precheck","__proto__":{"polluted":true},"system":1}')],
  ];

  it.each(bad)('%s', async (_label, message) => {
    expect(await handleMessage(db, message, sender())).toBeUndefined();
    const logged = await rejections();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.detail).toMatch(/invalid content message from http:\/\/localhost:4104/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dataRows()).toEqual(Object.fromEntries(db.tables.filter((t) => t.name !== 'audit').map((t) => [t.name, 0])));
  });

  it('a page report that is not a page report is refused, logged, and stores nothing', async () => {
    const garbage = { type: 'page-report', frameUrl: `${HEALTH}/borger/1001`, report: { system: 'sundhedsportalen', records: 'all of them' } };
    await expect(handleMessage(db, garbage, sender())).rejects.toThrow(/malformed page report/);
    expect((await rejections()).map((r) => r.detail)).toEqual([expect.stringMatching(/page report from http:\/\/localhost:4104 refused: malformed/)]);
    expect((await dataRows()).records).toBe(0);
  });

  it("one system's page cannot write another system's records", async () => {
    const report = {
      system: 'jobsag',
      sector: 'job',
      adapterId: 'demo-jobsag',
      adapterVersion: '1.0.0',
      url: `${HEALTH}/borger/1001`,
      pageType: 'citizen-overview',
      seenAt: new Date().toISOString(),
      records: [],
      lists: [],
      errors: [],
    };
    await expect(handleMessage(db, { type: 'page-report', frameUrl: report.url, report }, sender())).rejects.toThrow(/report for jobsag from a page of sundhedsportalen/);
    expect((await rejections()).map((r) => r.detail)).toEqual([expect.stringContaining('report for jobsag from a page of sundhedsportalen')]);
  });

  it('an extension page cannot send content-script messages', async () => {
    expect(await handleMessage(db, PAGE_NONE, { id: ID, url: `${EXT}/overview.html`, origin: EXT })).toBeUndefined();
    expect((await rejections()).map((r) => r.detail)).toEqual(['invalid message from an extension page']);
  });
});

describe('what is ours still gets through', () => {
  it('a content script in a configured system tab, also in a same-system frame', async () => {
    await handleMessage(db, PAGE_NONE, content(`${HEALTH}/borger/1001`));
    await handleMessage(db, { type: 'page-none', frameUrl: `${HEALTH}/ramme` }, content(`${HEALTH}/ramme`, `${HEALTH}/borger/1001`, 3));
    expect(await rejections()).toEqual([]);
  });

  it('our own pages, and our panel framed in a configured system tab', async () => {
    expect(await handleMessage(db, { type: 'panel:view' }, { id: ID, url: `${EXT}/overview.html`, origin: EXT })).toMatchObject({});
    expect(await handleMessage(db, { type: 'panel:view' }, { id: ID, url: `${EXT}/panel.html`, origin: EXT, tab: tab(`${HEALTH}/borger/1001`), frameId: 9 })).toMatchObject({});
    expect(await rejections()).toEqual([]);
  });

  it('a system the user removed is no longer trusted, at once', async () => {
    await fakeBrowser.storage.local.set({ systems: SYSTEMS.filter((s) => s.origin !== HEALTH) });
    await handleMessage(db, PAGE_NONE, content(`${HEALTH}/borger/1001`));
    expect((await rejections()).map((r) => r.detail)).toEqual([`origin ${HEALTH} is not a configured case system`]);
  });
});

describe('the reader is injected where a content script asked for it, and nowhere else', () => {
  const inject = () => vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  afterEach(() => vi.restoreAllMocks());

  it('into the very document that asked (Chrome names it), else into its frame', async () => {
    const executeScript = inject();
    await handleMessage(db, { type: 'page-loaded' }, { ...content(`${HEALTH}/ramme`, `${HEALTH}/borger/1001`, 3), documentId: 'doc-1' });
    await handleMessage(db, { type: 'page-loaded' }, content(`${HEALTH}/borger/1001`));
    expect(executeScript.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 7, documentIds: ['doc-1'] }, files: ['/content-scripts/reader.js'] },
      { target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/reader.js'] },
    ]);
  });

  it('not for a stranger page or an extension page, and a frame that is gone is no error', async () => {
    const executeScript = inject();
    await handleMessage(db, { type: 'page-loaded' }, content('https://evil.example/'));
    await handleMessage(db, { type: 'page-loaded' }, { id: ID, url: `${EXT}/overview.html`, origin: EXT });
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValueOnce(new Error('No frame with id 3 in tab 7.'));
    await expect(handleMessage(db, { type: 'page-loaded' }, content(`${HEALTH}/ramme`, `${HEALTH}/borger/1001`, 3))).resolves.toBeUndefined();
  });
});

describe("the reader's adapter comes from the background", () => {
  it("the sender's own system's, whatever the frame's tab shows", async () => {
    expect(await handleMessage(db, { type: 'reader-adapter' }, content(`${HEALTH}/borger/1001`))).toMatchObject({ id: 'demo-sundhedsportalen', system: 'sundhedsportalen' });
    expect(await handleMessage(db, { type: 'reader-adapter' }, content(`${JOB}/borger/100001`, `${HEALTH}/borger/1001`, 2))).toMatchObject({ id: 'demo-jobsag' });
  });

  it('none for a page of a system that is not configured', async () => {
    expect(await handleMessage(db, { type: 'reader-adapter' }, content('https://evil.example/'))).toBeUndefined();
    expect((await rejections()).map((r) => r.detail)).toEqual([expect.stringContaining('not a configured case system')]);
  });
});

describe('a large page report comes in parts (entrypoints/content/send-report.ts)', () => {
  const PAGE = `${HEALTH}/borger/1005/forloeb`;
  const sender = (frameId = 0) => content(PAGE, PAGE, frameId);
  const records = Array.from({ length: 250 }, (_, i) => effort(`F${i}`, TRINE, { system: 'sundhedsportalen', sector: 'health', provenance: { ...effort('x', TRINE).provenance, system: 'sundhedsportalen' } }));
  const shell = { ...report([], { system: 'sundhedsportalen', sector: 'health', adapterId: 'demo-sundhedsportalen', url: PAGE, pageType: 'courses', citizen: { cpr: TRINE } }) };
  const sendParts = async (reportId: string, from = sender()) => {
    for (let i = 0; i * 100 < records.length; i++) {
      await handleMessage(db, { type: 'page-report-part', reportId, index: i, records: records.slice(i * 100, i * 100 + 100) }, from);
    }
  };
  const closing = (reportId: string, parts = 3) => ({ type: 'page-report', frameUrl: PAGE, report: shell, reportId, parts });

  it('is stored whole once its closing message comes', async () => {
    const id = crypto.randomUUID().replaceAll('-', '');
    await sendParts(id);
    expect((await dataRows()).records).toBe(0);
    expect(await handleMessage(db, closing(id), sender())).toEqual({ stored: 250, errors: 0 });
    expect((await db.records.toArray()).map((r) => r.record.nativeId).sort()).toEqual(records.map((r) => r.nativeId).sort());
  });

  it('asks for the report again when its parts were lost (the worker was stopped in between), storing nothing', async () => {
    expect(await handleMessage(db, closing(crypto.randomUUID().replaceAll('-', '')), sender())).toEqual({ resend: true });
    expect((await dataRows()).records).toBe(0);
  });

  it('another frame cannot add to a report, and a part holds at most 100 records', async () => {
    const id = crypto.randomUUID().replaceAll('-', '');
    await sendParts(id);
    const forged = { type: 'page-report-part', reportId: id, index: 3, records: [records[0]] };
    await expect(handleMessage(db, forged, sender(1))).rejects.toThrow(/another frame/);
    expect(await handleMessage(db, { ...forged, index: 0, reportId: crypto.randomUUID().replaceAll('-', ''), records: [...records.slice(0, 101)] }, sender())).toBeUndefined();
    expect((await rejections()).map((r) => r.detail)).toEqual([expect.stringMatching(/invalid content message/)]);
    expect(await handleMessage(db, closing(id), sender())).toEqual({ stored: 250, errors: 0 });
  });
});
