/** Helpers for component tests (vitest + happy-dom). Not imported by any page. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Language } from '@/lib/i18n';
import type { PanelMessage } from '@/lib/messages/panel';
import { LanguageProvider } from './i18n';
import { SendProvider } from './messaging';

export interface Rendered {
  container: HTMLElement;
  sent: PanelMessage[];
  rerender: (ui: ComponentChildren) => void;
  unmount: () => void;
}

export function renderUi(ui: ComponentChildren, opts: { lang?: Language; answer?: (m: PanelMessage) => unknown } = {}): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const sent: PanelMessage[] = [];
  const send = async (m: PanelMessage) => {
    sent.push(m);
    return opts.answer ? opts.answer(m) : { ok: true };
  };
  const wrap = (children: ComponentChildren) => (
    <LanguageProvider value={opts.lang ?? 'da'}>
      <SendProvider value={send}>{children}</SendProvider>
    </LanguageProvider>
  );
  act(() => render(wrap(ui), container));
  return {
    container,
    sent,
    rerender: (next) => act(() => render(wrap(next), container)),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Clicks and lets Preact and pending promises settle. */
export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await Promise.resolve();
  });
}

export async function typeInto(el: Element | null | undefined, value: string) {
  if (!el) throw new Error('no field');
  await act(async () => {
    const input = el as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

/**
 * A stand-in for IntersectionObserver v2: tests decide what the browser would report. `visibility.ts` only trusts
 * `isVisible`, so the stand-in adds it to IntersectionObserverEntry's prototype like Chromium has it.
 */
export function fakeVisibility() {
  const observers: { cb: IntersectionObserverCallback; targets: Element[] }[] = [];
  class FakeEntry {}
  Object.defineProperty(FakeEntry.prototype, 'isVisible', { value: false });
  class FakeObserver {
    entry: { cb: IntersectionObserverCallback; targets: Element[] };
    constructor(cb: IntersectionObserverCallback) {
      this.entry = { cb, targets: [] };
      observers.push(this.entry);
    }
    observe(el: Element) {
      this.entry.targets.push(el);
    }
    disconnect() {
      this.entry.targets = [];
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  const g = globalThis as Record<string, unknown>;
  const saved = { IntersectionObserver: g.IntersectionObserver, IntersectionObserverEntry: g.IntersectionObserverEntry };
  g.IntersectionObserver = FakeObserver;
  g.IntersectionObserverEntry = FakeEntry;
  return {
    /** Reports every observed element as visible or not, like the browser would after `delay`. */
    report(visible: boolean) {
      act(() => {
        for (const o of observers)
          if (o.targets.length) o.cb(o.targets.map((target) => ({ target, isVisible: visible, isIntersecting: true }) as unknown as IntersectionObserverEntry), {} as IntersectionObserver);
      });
    },
    restore() {
      g.IntersectionObserver = saved.IntersectionObserver;
      g.IntersectionObserverEntry = saved.IntersectionObserverEntry;
    },
  };
}

/**
 * Fake visibility for every test of the calling file. Returns `setVisible()`: the browser reports everything
 * visible and enough time has passed, so ConfirmButtons act on a click; `setVisible(false)`: hidden or covered.
 */
export function withFakeVisibility(): (visible?: boolean) => void {
  let vis: ReturnType<typeof fakeVisibility>;
  beforeEach(() => {
    vis = fakeVisibility();
  });
  afterEach(() => {
    vis.restore();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });
  return (visible = true) => {
    if (!visible) return vis.report(false);
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);
    vis.report(true);
    now.mockReturnValue(10_000);
  };
}
