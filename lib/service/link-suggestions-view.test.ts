import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ingestPage } from '../db/ingest';
import { citizenRecord, effort, freshDb, report, T0, T1, TRINE } from '../db/test-fixtures';
import type { EnPlanDb } from '../db/schema';
import { recordKey, type CitizenRef, type PageReport } from '../model';
import { cprLessKeys, decideSuggestion, linkSuggestionsView, MAX_PAGE_KEYS } from './link-suggestions-view';
import { suggestLinksFor } from './suggest-links';
import { buildPanelView } from './panel-view';
import { updateTabContext, type TabContext } from './tab-context';

const NOW = '2025-03-10T09:00:00.000Z';
/** A namesake of Trine: same name, same birth date (01-01-83), another CPR. Fictional. */
const OTHER_TRINE = '0101831242';
const SHOWN: CitizenRef = { name: 'Trine Hansen', birthDate: '1983-01-01' };

/** A health-system page that shows Trine by name and birth date only (masked CPR), with two efforts. */
const maskedPage = (): PageReport =>
  report(
    [
      effort('SP-1', undefined, { system: 'sundhed', sector: 'health', title: 'Smertehåndteringsforløb', category: 'pain' }),
      effort('SP-2', undefined, { system: 'sundhed', sector: 'health', title: 'Genoptræning', category: 'rehabilitation' }),
    ],
    { citizen: SHOWN, url: 'https://sundhed.example/borger/9/forloeb' },
  );

const ctxFor = (...reports: PageReport[]): TabContext => ({
  frames: Object.fromEntries(
    reports.map((r, i) => [String(i), { url: r.url, system: r.system, pageType: r.pageType, citizen: r.citizen, errors: [], at: T1, cprLessKeys: cprLessKeys(r) }]),
  ),
});

/** What the background does on a page: store it, then let the linker suggest. */
async function read(db: EnPlanDb, r: PageReport, at = T1) {
  await ingestPage(db, r, at);
  await suggestLinksFor(db, r);
}

async function knownTrine(db: EnPlanDb, cpr = TRINE, nativeId = 'C-Trine') {
  await read(db, report([{ ...citizenRecord(cpr, 'Trine Hansen', [], 'momentum'), nativeId, sector: 'job' }]), T0);
}

let db: EnPlanDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb(`links-view-${Math.random()}`);
});

describe('cprLessKeys', () => {
  it('keeps the keys of records without a full CPR, and nothing for a page where every CPR is shown', () => {
    const page = maskedPage();
    expect(cprLessKeys(page)).toEqual(page.records.map(recordKey));
    expect(cprLessKeys(report([effort('E1', TRINE)]))).toBeUndefined();
    const mixed = report([effort('E1', TRINE), effort('E2', undefined)]);
    expect(cprLessKeys(mixed)).toEqual([recordKey(mixed.records[1]!)]);
  });

  it(`offers at most ${MAX_PAGE_KEYS} records of one page`, () => {
    const many = report(Array.from({ length: MAX_PAGE_KEYS + 20 }, (_, i) => effort(`E${i}`, undefined)));
    expect(cprLessKeys(many)).toHaveLength(MAX_PAGE_KEYS);
  });
});

describe('linkSuggestionsView', () => {
  it('groups the records of the person the page shows, next to the known citizen, with why', async () => {
    await knownTrine(db);
    const page = maskedPage();
    await read(db, page);
    const view = await linkSuggestionsView(db, ctxFor(page));
    expect(view.pageCitizen).toBeUndefined();
    expect(view.groups).toHaveLength(1);
    const g = view.groups[0]!;
    expect(g).toMatchObject({ system: 'sundhed', sector: 'health', shown: SHOWN, recordCount: 2, ambiguous: false });
    expect(g.records.map((r) => r.title)).toEqual(['Smertehåndteringsforløb', 'Genoptræning']);
    expect(g.candidates).toEqual([{ cpr: TRINE, name: 'Trine Hansen', score: 1, reasons: ['birth-date', 'name-exact'] }]);
    // The panel gets no record keys: a decision names the group, and the background finds the records itself.
    expect(JSON.stringify(view)).not.toContain('sundhed|effort');
  });

  it('suggests no one on name alone, or when no citizen with that birth date is known', async () => {
    await read(db, report([{ ...citizenRecord('1203851234', 'Trine Hansen', [], 'momentum'), sector: 'job' }]), T0);
    const page = maskedPage();
    await read(db, page);
    expect((await linkSuggestionsView(db, ctxFor(page))).groups).toEqual([]);
  });

  it('lists every namesake and preselects none', async () => {
    await knownTrine(db);
    await knownTrine(db, OTHER_TRINE, 'C-Trine2');
    const page = maskedPage();
    await read(db, page);
    // The linker stores no suggestion for an ambiguous record; the panel still shows it with all candidates.
    expect((await db.records.get(recordKey(page.records[0]!)))?.linkState).toBe('unlinked');
    const [g] = (await linkSuggestionsView(db, ctxFor(page))).groups;
    expect(g?.ambiguous).toBe(true);
    expect(g?.candidates.map((c) => c.cpr).sort()).toEqual([OTHER_TRINE, TRINE].sort());
  });

  it('costs nothing on a page where every CPR is shown', async () => {
    await knownTrine(db);
    const page = report([effort('E1', TRINE)]);
    await read(db, page);
    expect(await linkSuggestionsView(db, ctxFor(page))).toEqual({ groups: [] });
  });
});

describe('decideSuggestion', () => {
  it('confirmed: links every record of the group, logs who did it, and the page then shows that citizen', async () => {
    await knownTrine(db);
    const page = maskedPage();
    await read(db, page);
    const ctx = ctxFor(page);
    const [g] = (await linkSuggestionsView(db, ctx)).groups;
    const result = await decideSuggestion(db, ctx, { groupId: g!.id, decision: 'confirmed', cpr: TRINE }, 'Lene Bro', NOW);
    expect(result).toEqual({ ok: true, citizens: [TRINE], records: 2 });
    const rows = await db.records.bulkGet(page.records.map(recordKey));
    expect(rows.map((r) => [r?.linkState, r?.citizenCpr])).toEqual([
      ['confirmed', TRINE],
      ['confirmed', TRINE],
    ]);
    expect((await db.links.toArray()).map((l) => [l.cpr, l.decision, l.by])).toEqual([
      [TRINE, 'confirmed', 'Lene Bro'],
      [TRINE, 'confirmed', 'Lene Bro'],
    ]);
    const audit = (await db.audit.toArray()).filter((a) => a.action === 'link-decision');
    expect(audit).toEqual([expect.objectContaining({ user: 'Lene Bro', citizenCpr: TRINE, at: NOW })]);
    expect(audit[0]!.detail).toContain('bekræftet: 2');
    expect(audit[0]!.detail).not.toContain('Trine');

    const after = await linkSuggestionsView(db, ctx);
    expect(after.groups).toEqual([]);
    expect(after.pageCitizen).toEqual({ cpr: TRINE, ...SHOWN });

    // The same page read again keeps the caseworker's answer.
    await read(db, maskedPage(), '2025-03-11T10:00:00.000Z');
    expect((await db.records.get(recordKey(page.records[0]!)))?.linkState).toBe('confirmed');
  });

  it('confirmed: the panel on that page shows the citizen with the linked records in the timeline', async () => {
    await knownTrine(db);
    const page = maskedPage();
    await read(db, page);
    await updateTabContext(7, () => ctxFor(page));
    const before = await buildPanelView(db, 7, { now: NOW });
    expect(before.citizen).toBeUndefined();
    expect(before.linkSuggestions).toHaveLength(1);
    await decideSuggestion(db, ctxFor(page), { groupId: before.linkSuggestions![0]!.id, decision: 'confirmed', cpr: TRINE }, 'Lene Bro', NOW);
    await db.settings.put({ key: 'settings', value: { userSector: 'health' } });
    const after = await buildPanelView(db, 7, { now: NOW });
    expect(after.citizen?.cpr).toBe(TRINE);
    expect(after.linkSuggestions).toEqual([]);
    expect(after.records.map((r) => r.nativeId).sort()).toEqual(['SP-1', 'SP-2']);
  });

  it('rejected: the suggestion never comes back for those records and that citizen', async () => {
    await knownTrine(db);
    const page = maskedPage();
    await read(db, page);
    const ctx = ctxFor(page);
    const [g] = (await linkSuggestionsView(db, ctx)).groups;
    expect(await decideSuggestion(db, ctx, { groupId: g!.id, decision: 'rejected' }, 'Lene Bro', NOW)).toEqual({ ok: true, citizens: [], records: 2 });
    expect((await db.records.bulkGet(page.records.map(recordKey))).map((r) => [r?.linkState, r?.suggestedCpr])).toEqual([
      ['unlinked', undefined],
      ['unlinked', undefined],
    ]);
    expect((await linkSuggestionsView(db, ctx)).groups).toEqual([]);
    await read(db, maskedPage(), '2025-03-11T10:00:00.000Z');
    expect((await linkSuggestionsView(db, ctx)).groups).toEqual([]);
    expect((await db.records.get(recordKey(page.records[0]!)))?.linkState).toBe('unlinked');
    const audit = (await db.audit.toArray()).filter((a) => a.action === 'link-decision');
    expect(audit.map((a) => [a.citizenCpr, a.detail.split(':')[0]])).toEqual([[TRINE, 'afvist']]);
  });

  it('rejecting an ambiguous group rejects every candidate; confirming needs one of them', async () => {
    await knownTrine(db);
    await knownTrine(db, OTHER_TRINE, 'C-Trine2');
    const page = maskedPage();
    await read(db, page);
    const ctx = ctxFor(page);
    const [g] = (await linkSuggestionsView(db, ctx)).groups;
    expect(await decideSuggestion(db, ctx, { groupId: g!.id, decision: 'confirmed', cpr: '0202020202' }, 'Lene Bro', NOW)).toEqual({ ok: false, error: 'not-a-candidate' });
    expect(await db.links.count()).toBe(0);
    await decideSuggestion(db, ctx, { groupId: g!.id, decision: 'rejected' }, 'Lene Bro', NOW);
    expect((await db.links.toArray()).map((l) => `${l.cpr} ${l.decision}`).sort()).toEqual(
      [`${OTHER_TRINE} rejected`, `${OTHER_TRINE} rejected`, `${TRINE} rejected`, `${TRINE} rejected`].sort(),
    );
    expect((await db.audit.toArray()).filter((a) => a.action === 'link-decision').map((a) => a.citizenCpr).sort()).toEqual([OTHER_TRINE, TRINE].sort());
    expect((await linkSuggestionsView(db, ctx)).groups).toEqual([]);
  });

  it('refuses a group the tab does not show, and writes nothing', async () => {
    await knownTrine(db);
    const page = maskedPage();
    await read(db, page);
    const [g] = (await linkSuggestionsView(db, ctxFor(page))).groups;
    const otherTab = ctxFor(report([effort('E1', TRINE)]));
    expect(await decideSuggestion(db, otherTab, { groupId: g!.id, decision: 'confirmed', cpr: TRINE }, 'Mallory', NOW)).toEqual({ ok: false, error: 'unknown-suggestion' });
    expect(await decideSuggestion(db, ctxFor(page), { groupId: 'gnope', decision: 'rejected' }, 'Mallory', NOW)).toEqual({ ok: false, error: 'unknown-suggestion' });
    expect(await db.links.count()).toBe(0);
    expect((await db.audit.toArray()).filter((a) => a.action === 'link-decision')).toEqual([]);
  });
});
