import { describe, expect, it } from 'vitest';
import { changeNoticeOf } from '@/lib/messages/to-panel';
import { concerns, watchedBy } from './notice-concerns';
import { MARTIN, TRINE, jobEffort, makeView, stored } from './view-fixtures';

const OWN_TAB = 7;
const OTHER_TAB = 8;
const STRANGER = '3003901111';
const framed = watchedBy(makeView({ tabId: OWN_TAB }));

describe('concerns: whether a change notice may change the panel', () => {
  it('not a notice about another tab and another citizen', () => {
    expect(concerns({ tabId: OTHER_TAB }, framed)).toBe(false);
    expect(concerns({ tabId: OTHER_TAB, citizens: [STRANGER] }, framed)).toBe(false);
    expect(concerns({ citizens: [STRANGER] }, framed)).toBe(false);
  });

  it('a notice naming its own tab, its citizen or a family member', () => {
    expect(concerns({ tabId: OWN_TAB }, framed)).toBe(true);
    expect(concerns({ tabId: OWN_TAB, citizens: [STRANGER], focus: 'precheck' }, framed)).toBe(true);
    expect(concerns({ tabId: OTHER_TAB, citizens: [STRANGER, TRINE] }, framed)).toBe(true);
    expect(concerns({ citizens: [MARTIN] }, framed)).toBe(true);
  });

  it('a global notice (neither tab nor citizens), and any notice before a view is shown', () => {
    expect(concerns({}, framed)).toBe(true);
    expect(concerns({ citizens: [] }, framed)).toBe(true);
    expect(concerns({ tabId: OTHER_TAB, citizens: [STRANGER] }, undefined)).toBe(true);
  });

  it('takes every tab as its own when the view does not say which tab it is for', () => {
    expect(concerns({ tabId: OTHER_TAB }, watchedBy(makeView()))).toBe(true);
  });

  it('watches everyone the view shows something of: plans, flags, hidden sectors, records, link candidates', () => {
    const view = makeView({
      tabId: OWN_TAB,
      family: [],
      consent: { rows: [], summaries: [] },
      records: [stored(jobEffort, { linkedCpr: '1111111111' })],
      hidden: [{ sector: 'health', records: 1, byKind: { effort: 1 }, citizens: ['2222222222'] }],
      otherPlans: [{ id: 'p2', citizens: ['3333333333'], updatedAt: '2025-03-01T10:00:00.000Z' }],
      linkSuggestions: [{ id: 'g1', system: 'sundhed', sector: 'health', shown: {}, recordCount: 1, records: [], candidates: [{ cpr: '4444444444', name: '', score: 1, reasons: [] }], ambiguous: false }],
    });
    const watched = watchedBy(view);
    for (const cpr of ['1111111111', '2222222222', '3333333333', '4444444444', TRINE]) expect(concerns({ tabId: OTHER_TAB, citizens: [cpr] }, watched)).toBe(true);
    expect(concerns({ tabId: OTHER_TAB, citizens: [MARTIN] }, watched)).toBe(false);
  });

  it('hears every citizen when none is shown, or when the page has records without a full CPR', () => {
    expect(concerns({ tabId: OTHER_TAB, citizens: [STRANGER] }, watchedBy(makeView({ tabId: OWN_TAB, citizen: undefined, family: [], records: [] })))).toBe(true);
    expect(concerns({ tabId: OTHER_TAB, citizens: [STRANGER] }, watchedBy(makeView({ tabId: OWN_TAB, unlinkedOnPage: true })))).toBe(true);
    // Another tab's page alone, naming nobody, changes neither.
    expect(concerns({ tabId: OTHER_TAB }, watchedBy(makeView({ tabId: OWN_TAB, unlinkedOnPage: true })))).toBe(false);
  });
});

describe('changeNoticeOf', () => {
  it('reads the notice from a runtime message and ignores other messages', () => {
    expect(changeNoticeOf({ type: 'changed', tabId: 3, citizens: [TRINE], focus: 'precheck' })).toEqual({ tabId: 3, citizens: [TRINE], focus: 'precheck' });
    expect(changeNoticeOf({ type: 'changed' })).toEqual({});
    expect(changeNoticeOf({ type: 'panel:view' })).toBeUndefined();
    expect(changeNoticeOf(undefined)).toBeUndefined();
    // A malformed field is dropped, which makes the notice wider (global), never narrower.
    expect(changeNoticeOf({ type: 'changed', citizens: 'x', tabId: '3' })).toEqual({});
  });
});
