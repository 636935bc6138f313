import { describe, expect, it } from 'vitest';
import { Flag } from '../model/flag';
import { mergeFlagStatus, SYSTEM_ACTOR } from './merge';

const flag = (id: string, over: Partial<Flag> = {}): Flag => ({
  id,
  rule: 'duplicate-request',
  citizens: ['0101901234'],
  recordKeys: [`a|request|${id}`, `b|request|${id}`],
  reason: `grund ${id}`,
  reasonEn: `reason ${id}`,
  status: 'open',
  detectedAt: '2026-11-01',
  ...over,
});
const NOW = '2026-11-20';

describe('mergeFlagStatus', () => {
  it('keeps status, note and first detection of a flag found again, and takes the fresh reason', () => {
    const stored = flag('x', { status: 'acknowledged', statusNote: 'Ringet til Team Nord', statusBy: 'mette', statusAt: '2026-11-05' });
    const [merged] = mergeFlagStatus([stored], [flag('x', { reason: 'ny grund', detectedAt: NOW })], NOW);
    expect(merged).toEqual({ ...stored, reason: 'ny grund' });
  });

  it('resolves open and acknowledged flags no longer found, but leaves dismissed and resolved ones alone', () => {
    const stored = [flag('open'), flag('ack', { status: 'acknowledged' }), flag('dis', { status: 'dismissed', statusNote: 'Aftalt' }), flag('res', { status: 'resolved', statusBy: 'mette' })];
    const merged = mergeFlagStatus(stored, [], NOW);
    expect(merged.map((f) => [f.id, f.status])).toEqual([
      ['open', 'resolved'],
      ['ack', 'resolved'],
      ['dis', 'dismissed'],
      ['res', 'resolved'],
    ]);
    expect(merged[0]).toMatchObject({ statusBy: SYSTEM_ACTOR, statusAt: NOW });
    expect(merged[2]).toEqual(stored[2]);
  });

  it('opens new flags', () => {
    expect(mergeFlagStatus([], [flag('new', { detectedAt: NOW })], NOW)).toEqual([flag('new', { detectedAt: NOW })]);
  });

  it('reopens a flag the system resolved when the situation comes back, not one a caseworker resolved', () => {
    const autoResolved = flag('a', { status: 'resolved', statusBy: SYSTEM_ACTOR, statusAt: '2026-11-10' });
    const byHand = flag('b', { status: 'resolved', statusBy: 'mette', statusAt: '2026-11-10' });
    const merged = mergeFlagStatus([autoResolved, byHand], [flag('a'), flag('b')], NOW);
    expect(merged.map((f) => f.status)).toEqual(['open', 'resolved']);
    expect(merged[0]?.statusAt).toBe(NOW);
  });

  it('keeps a dismissed flag dismissed when detected again, and every result stays a valid Flag', () => {
    const dismissed = flag('d', { status: 'dismissed', statusNote: 'Bevidst dobbelt', statusBy: 'mette', statusAt: '2026-11-02' });
    const merged = mergeFlagStatus([dismissed, flag('gone')], [flag('d'), flag('d'), flag('n')], NOW);
    expect(merged.map((f) => [f.id, f.status])).toEqual([
      ['d', 'dismissed'],
      ['n', 'open'],
      ['gone', 'resolved'],
    ]);
    for (const f of merged) expect(Flag.parse(f)).toEqual(f);
  });
});
