import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ingestPage } from '@/lib/db/ingest';
import { citizenRecord, effort, freshDb, report, T0, T1, TRINE } from '@/lib/db/test-fixtures';
import type { EnPlanDb } from '@/lib/db/schema';
import { PanelMessage } from '@/lib/messages/panel';
import { recordKey } from '@/lib/model';
import { cprLessKeys } from '@/lib/service/link-suggestions-view';
import type { PanelView } from '@/lib/service/panel-view';
import { saveSettings } from '@/lib/service/settings';
import { updateTabContext } from '@/lib/service/tab-context';
import { defaultSettings } from '@/lib/model';
import { handlePanelMessage } from './panel-handlers';

const TAB = 7;
const HOST = 'http://localhost:4104';
const page = report([effort('SP-1', undefined, { system: 'sundhed', sector: 'health', title: 'Smertehåndteringsforløb', category: 'pain' })], {
  citizen: { name: 'Trine Hansen', birthDate: '1983-01-01' },
});

let db: EnPlanDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb(`panel-links-${Math.random()}`);
  await saveSettings(db, { ...defaultSettings(), userName: 'Lene Bro', userSector: 'health' });
  await ingestPage(db, report([{ ...citizenRecord(TRINE, 'Trine Hansen', [], 'momentum'), sector: 'job' }]), T0);
  await ingestPage(db, page, T1);
  await updateTabContext(TAB, () => ({
    frames: { '0': { url: page.url, system: page.system, pageType: page.pageType, citizen: page.citizen, errors: [], at: T1, cprLessKeys: cprLessKeys(page) } },
  }));
});

const view = async () => (await handlePanelMessage(db, { type: 'panel:view' }, { tabId: TAB, hostOrigin: HOST })) as PanelView;

describe('panel:link-decision', () => {
  it('is a valid panel message only with a CPR to confirm', () => {
    expect(PanelMessage.safeParse({ type: 'panel:link-decision', groupId: 'g1', decision: 'confirmed', cpr: TRINE }).success).toBe(true);
    expect(PanelMessage.safeParse({ type: 'panel:link-decision', groupId: 'g1', decision: 'rejected' }).success).toBe(true);
    expect(PanelMessage.safeParse({ type: 'panel:link-decision', groupId: 'g1', decision: 'confirmed' }).success).toBe(false);
    expect(PanelMessage.safeParse({ type: 'panel:link-decision', groupId: 'g1', decision: 'confirmed', cpr: '0101831' }).success).toBe(false);
    expect(PanelMessage.safeParse({ type: 'panel:link-decision', groupId: 'g1', decision: 'maybe' }).success).toBe(false);
  });

  it('confirms from the tab panel: stored with the user from settings, logged, and the next view shows the citizen', async () => {
    const before = await view();
    expect(before.citizen).toBeUndefined();
    const [group] = before.linkSuggestions ?? [];
    expect(group?.candidates.map((c) => c.cpr)).toEqual([TRINE]);

    const answer = await handlePanelMessage(db, { type: 'panel:link-decision', groupId: group!.id, decision: 'confirmed', cpr: TRINE }, { tabId: TAB, hostOrigin: HOST });
    expect(answer).toEqual({ ok: true });
    expect(await db.links.toArray()).toEqual([expect.objectContaining({ recordKey: recordKey(page.records[0]!), cpr: TRINE, decision: 'confirmed', by: 'Lene Bro' })]);
    expect((await db.audit.toArray()).filter((a) => a.action === 'link-decision')).toEqual([expect.objectContaining({ user: 'Lene Bro', citizenCpr: TRINE })]);

    const after = await view();
    expect(after.citizen?.cpr).toBe(TRINE);
    expect(after.linkSuggestions).toEqual([]);
    expect(after.records.map((r) => r.nativeId)).toContain('SP-1');
  });

  it('refuses a decision from a page without that suggestion, or from no tab at all', async () => {
    const [group] = (await view()).linkSuggestions ?? [];
    const msg = { type: 'panel:link-decision', groupId: group!.id, decision: 'confirmed', cpr: TRINE } as const;
    expect(await handlePanelMessage(db, msg, { tabId: 8, hostOrigin: HOST })).toEqual({ ok: false, error: 'unknown-suggestion' });
    expect(await handlePanelMessage(db, msg, {})).toEqual({ ok: false, error: 'unknown-suggestion' });
    expect(await db.links.count()).toBe(0);
  });

  it('rejects: the suggestion is gone from the view and stays gone', async () => {
    const [group] = (await view()).linkSuggestions ?? [];
    expect(await handlePanelMessage(db, { type: 'panel:link-decision', groupId: group!.id, decision: 'rejected' }, { tabId: TAB, hostOrigin: HOST })).toEqual({ ok: true });
    expect((await view()).linkSuggestions).toEqual([]);
    expect(await db.links.toArray()).toEqual([expect.objectContaining({ cpr: TRINE, decision: 'rejected', by: 'Lene Bro' })]);
  });
});
