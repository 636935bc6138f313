// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { PanelView } from '@/lib/service/panel-view';
import { requestViewEarly } from './early-view';
import { usePanelView } from './usePanelView';
import { MARTIN, TRINE, makeView } from './view-fixtures';

const OWN_TAB = 7;
const OTHER_TAB = 8;
const STRANGER = '3003901111';

/** The background as the panel sees it: answers each `panel:view` with `next()`, or holds it when asked to. */
let requests: unknown[];
let next: () => PanelView;
let held: ((view: PanelView) => void)[];
let hold: boolean;
let container: HTMLElement;

function Probe({ cpr }: { cpr?: string }) {
  const { view, focus } = usePanelView(cpr);
  return <p data-cpr={view?.citizen?.cpr ?? ''} data-focus={focus ?? ''}>{view ? 'shown' : 'loading'}</p>;
}

const settle = () => act(async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
});
const mount = async (cpr?: string) => {
  await act(() => render(<Probe cpr={cpr} />, container));
  await settle();
};
const notify = async (notice: object) => {
  await act(async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'changed', ...notice }, {});
  });
  await settle();
};
const views = () => requests.filter((m) => (m as { type?: string }).type === 'panel:view').length;

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  held = [];
  hold = false;
  next = () => makeView({ tabId: OWN_TAB });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => {
    requests.push(message);
    if (hold) return new Promise<PanelView>((resolve) => held.push(resolve));
    return Promise.resolve(next());
  }) as typeof browser.runtime.sendMessage);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('usePanelView: a framed panel asks again only for notices that may concern it', () => {
  it('does not ask again for another tab about another citizen', async () => {
    await mount();
    expect(views()).toBe(1);
    await notify({ tabId: OTHER_TAB });
    await notify({ tabId: OTHER_TAB, citizens: [STRANGER] });
    await notify({ citizens: [STRANGER] });
    expect(views()).toBe(1);
  });

  it('asks again for its own tab, its citizen, a family member, and a global change', async () => {
    await mount();
    await notify({ tabId: OWN_TAB });
    expect(views()).toBe(2);
    await notify({ tabId: OTHER_TAB, citizens: [TRINE] });
    expect(views()).toBe(3);
    await notify({ citizens: [MARTIN] });
    expect(views()).toBe(4);
    await notify({});
    expect(views()).toBe(5);
  });

  it('passes the focus of its tab notice on', async () => {
    await mount();
    await notify({ tabId: OWN_TAB, focus: 'precheck' });
    expect(views()).toBe(2);
    expect(container.querySelector('p')?.dataset.focus).toBe('precheck');
  });

  it('weighs notices that came while a request was out against its answer (the page changed to another citizen)', async () => {
    await mount();
    hold = true;
    // Its tab now shows Stranger: the panel asks, and while it waits, another tab stores Stranger's records.
    await notify({ tabId: OWN_TAB });
    await notify({ tabId: OTHER_TAB, citizens: [STRANGER] });
    await notify({ tabId: OTHER_TAB, citizens: ['4444444444'] });
    expect(views()).toBe(2);
    hold = false;
    next = () => makeView({ tabId: OWN_TAB, citizen: { cpr: STRANGER, name: 'S' }, pageCitizen: { cpr: STRANGER }, family: [], consent: { rows: [], summaries: [] } });
    await act(async () => held.shift()!(next()));
    await settle();
    // The answer may predate Stranger's records: asked once more. The unrelated citizen's notice did not count.
    expect(views()).toBe(3);
    expect(container.querySelector('p')?.dataset.cpr).toBe(STRANGER);
  });
});

describe('usePanelView: a standalone panel (panel.html?cpr=…, its own tab)', () => {
  it('asks again when its citizen changes in any tab, not for others', async () => {
    next = () => makeView({ tabId: 42 });
    await mount(TRINE);
    expect(requests[0]).toEqual({ type: 'panel:view', cpr: TRINE });
    await notify({ tabId: OWN_TAB, citizens: [STRANGER] });
    expect(views()).toBe(1);
    await notify({ tabId: OWN_TAB, citizens: [TRINE] });
    expect(views()).toBe(2);
    expect(requests.at(-1)).toEqual({ type: 'panel:view', cpr: TRINE });
  });
});

describe('early view: notices while the panel boots', () => {
  it('ignores those for another tab and citizen once the answer shows whose the panel is', async () => {
    hold = true;
    requestViewEarly();
    await notify({ tabId: OTHER_TAB, citizens: [STRANGER] });
    await mount();
    await notify({ tabId: OTHER_TAB });
    expect(views()).toBe(1);
    hold = false;
    await act(async () => held.shift()!(makeView({ tabId: OWN_TAB })));
    await settle();
    expect(container.querySelector('p')?.textContent).toBe('shown');
    expect(views()).toBe(1);
  });

  it('asks again after the answer when one of them named its tab', async () => {
    hold = true;
    requestViewEarly();
    await notify({ tabId: OWN_TAB, focus: 'precheck' });
    await mount();
    hold = false;
    await act(async () => held.shift()!(makeView({ tabId: OWN_TAB })));
    await settle();
    expect(views()).toBe(2);
    expect(container.querySelector('p')?.dataset.focus).toBe('precheck');
  });

  it('asks again after the answer for a global change', async () => {
    hold = true;
    requestViewEarly();
    await mount();
    await notify({});
    hold = false;
    await act(async () => held.shift()!(makeView({ tabId: OWN_TAB })));
    await settle();
    expect(views()).toBe(2);
  });
});
