import { describe, expect, it } from 'vitest';
import { consentRowFrom } from '../consent/consent';
import { addConsent } from '../db/consents';
import { ingestPage } from '../db/ingest';
import { citizenRecord, effort, freshDb, MARTIN, report, T0, TRINE } from '../db/test-fixtures';
import { defaultSettings, type Flag } from '../model';
import { buildFirstView, collapsedTab, firstViewOf } from './first-view';
import { buildPanelView, type ViewFlag } from './panel-view';
import { saveSettings } from './settings';

const NOW = '2025-03-10T09:00:00.000Z';

const flag = (id: string, rule: Flag['rule'], status: Flag['status'], reason: string): Flag => ({
  id,
  rule,
  status,
  reason,
  reasonEn: `${reason} (en)`,
  citizens: ['0101901234'],
  recordKeys: ['job:1'],
  detectedAt: '2026-11-01T00:00:00Z',
});

describe('firstViewOf', () => {
  it('lists open flags first, in the panel flag list order, with their reasons', () => {
    const v = firstViewOf('da', 'Trine Hansen', [
      flag('b', 'parallel-efforts', 'acknowledged', 'To mentorforløb.'),
      flag('c', 'meeting-cluster', 'open', 'Tre møder på en uge.'),
      flag('a', 'duplicate-request', 'open', 'Lægeattest to gange.'),
    ]);
    expect(v.flags.map((f) => [f.rule, f.status, f.reason, f.open])).toEqual([
      ['Samme oplysning bedt om flere gange', 'Åben', 'Lægeattest to gange.', true],
      ['Flere møder tæt på hinanden', 'Åben', 'Tre møder på en uge.', true],
      ['Parallelle indsatser', 'Kvitteret', 'To mentorforløb.', false],
    ]);
    expect(v.summary).toBe('2 åbne af 3');
    expect(v.label).toBe('Én plan for Trine Hansen');
    expect([v.tab, v.tabLabel]).toEqual(['Én plan (2)', 'Åbn Én plan: 2 åbne opmærksomhedspunkter']);
  });

  it('says of a flag on a hidden sector only that it exists', () => {
    const hidden: ViewFlag = { id: 'h', rule: 'information-on-file', status: 'open', citizens: ['0101901234'], hidden: true, sectors: ['health'] };
    const v = firstViewOf('da', 'Trine Hansen', [hidden]);
    expect(v.flags[0]!.reason).toBe('Der er et opmærksomhedspunkt, som bygger på oplysninger fra en anden sektor.');
    expect(JSON.stringify(v)).not.toContain('health');
  });

  it('speaks English when the caseworker chose it, and names an unnamed citizen as such', () => {
    const v = firstViewOf('en', '', [flag('a', 'duplicate-request', 'open', 'Lægeattest to gange.')]);
    expect(v.citizen).toBe('(name not shown)');
    expect(v.flags[0]!.reason).toBe('Lægeattest to gange. (en)');
    expect(v.flagsTitle).toBe('Points of attention');
  });

  it('with no flags says so, and the tab shows no count', () => {
    const v = firstViewOf('da', 'Søren', []);
    expect(v.flags).toEqual([]);
    expect(v.summary).toBe('Ingen opmærksomhedspunkter.');
    expect(collapsedTab('da', 0)).toEqual({ tab: 'Én plan', tabLabel: 'Åbn Én plan' });
  });
});

describe('buildFirstView', () => {
  it('shows the flags the panel view shows, under the same consent rule, for the citizen and household', async () => {
    const db = freshDb('first-view');
    const settings = { ...defaultSettings(), userName: 'Lene Bro', userSector: 'job' as const };
    await saveSettings(db, settings);
    await ingestPage(db, report([citizenRecord(TRINE, 'Trine Hansen', [{ role: 'child', name: 'Martin', cpr: MARTIN }])]), T0);
    await ingestPage(db, report([effort('E1', TRINE)]), T0);
    await ingestPage(db, report([effort('H1', TRINE, { system: 'nexus', sector: 'health', title: 'Smerteklinik', category: 'pain' })]), T0);
    const own = flag('own', 'deadline-passed', 'open', 'Frist overskredet for E1.');
    const cross = { ...flag('cross', 'parallel-efforts', 'open', 'Hemmelig: Smerteklinik og jobindsats.'), recordKeys: ['momentum|effort|E1', 'nexus|effort|H1'] };
    await db.flags.bulkPut([
      { ...own, citizens: [TRINE], recordKeys: ['momentum|effort|E1'] },
      { ...cross, citizens: [TRINE] },
    ]);

    const withoutConsent = await buildFirstView(db, { cpr: TRINE }, settings, NOW);
    const panel = await buildPanelView(db, undefined, { cpr: TRINE, now: NOW });
    expect(withoutConsent).toEqual(firstViewOf('da', 'Trine Hansen', panel.flags));
    expect(withoutConsent!.flags.map((f) => f.reason)).toEqual(['Frist overskredet for E1.', 'Der er et opmærksomhedspunkt, som bygger på oplysninger fra en anden sektor.']);
    expect(JSON.stringify(withoutConsent)).not.toContain('Hemmelig');

    await addConsent(db, consentRowFrom({ cpr: TRINE, basis: 'consent', sectors: ['health'], givenAt: '2025-03-01', givenBy: 'Trine Hansen' }, 'c1'), { user: 'Lene Bro', citizenCpr: TRINE, action: 'consent-change', purpose: 'samtykke', detail: 'x' }, NOW);
    const withConsent = await buildFirstView(db, { cpr: TRINE }, settings, NOW);
    expect(withConsent!.flags.map((f) => f.reason)).toContain('Hemmelig: Smerteklinik og jobindsats.');
    expect(withConsent).toEqual(firstViewOf('da', 'Trine Hansen', (await buildPanelView(db, undefined, { cpr: TRINE, now: NOW })).flags));
  });

  it('has nothing to show for a page without a full CPR', async () => {
    expect(await buildFirstView(freshDb('first-view-none'), { name: 'Trine Hansen', birthDate: '1983-01-01' }, defaultSettings(), NOW)).toBeUndefined();
  });
});
