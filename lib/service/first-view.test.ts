import { describe, expect, it } from 'vitest';
import type { Flag } from '../model';
import { collapsedTab, firstViewOf } from './first-view';
import type { ViewFlag } from './panel-view';

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
