// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearLayoutHints, runLayoutHints } from '@/lib/config/layout-hints.test-fixtures';
import { DEFAULT_PANEL_LAYOUT, PANEL_LAYOUT_KEY, type PanelLayout } from '@/lib/config/panel-layout';
import { mountPanel } from './panel-host';

let disposers: (() => void)[];
beforeEach(() => {
  fakeBrowser.reset();
  disposers = [];
});
afterEach(() => disposers.forEach((dispose) => dispose()));

const mount = (stored: Promise<PanelLayout>) => mountPanel(stored, (dispose) => disposers.push(dispose));
const margin = () => document.documentElement.style.marginRight;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the panel layout at document_start', () => {
  it('pushes the page aside at once, before the stored layout has come', () => {
    mount(new Promise(() => undefined));
    expect(margin()).toBe(`${DEFAULT_PANEL_LAYOUT.width}px`);
  });

  describe('with the layout hints of the stored layout run first, lays the page out as it has it from the start', () => {
    // The panel's shadow root is closed: the test keeps a handle on it as it is made.
    let shadow: ShadowRoot | undefined;
    beforeEach(() => {
      const attach = Element.prototype.attachShadow;
      vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
        return (shadow = attach.call(this, init));
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
      clearLayoutHints();
    });
    const open = () => !shadow!.querySelector<HTMLElement>('.room')!.hidden && shadow!.querySelector<HTMLElement>('.tab')!.hidden;

    // Collapsed, the width waits for the stored layout: nothing is laid out at it until the panel opens.
    it.each([
      [{ collapsed: false, width: 380, push: false }, '', true, '380px'],
      [{ collapsed: false, width: 520, push: true }, '520px', true, '520px'],
      [{ collapsed: false, width: 520, push: false }, '', true, '520px'],
      [{ collapsed: true, width: 520, push: true }, '', false, '380px'],
    ])('%o: page margin %j, open %s, panel width %s', (layout, pageMargin, isOpen, panelWidth) => {
      runLayoutHints(layout);
      mount(new Promise(() => undefined));
      expect(margin()).toBe(pageMargin);
      expect(open()).toBe(isOpen);
      expect(shadow!.querySelector<HTMLElement>('.room')!.style.width).toBe(panelWidth);
    });
  });

  it('applies the stored layout when it comes', async () => {
    const stored = later<PanelLayout>();
    mount(stored.promise);
    stored.resolve({ collapsed: false, width: 460, push: true });
    await settle();
    expect(margin()).toBe('460px');
  });

  it('gives the page its width back when the stored layout lies over it or is collapsed', async () => {
    mount(Promise.resolve({ collapsed: false, width: 400, push: false }));
    await settle();
    expect(margin()).toBe('');
    disposers.pop()!();
    mount(Promise.resolve({ collapsed: true, width: 400, push: true }));
    await settle();
    expect(margin()).toBe('');
  });

  it('makes a change to the stored layout, not to the default standing in for it', async () => {
    const stored = later<PanelLayout>();
    const panel = mount(stored.promise);
    panel.applyLayout({ collapsed: true });
    stored.resolve({ collapsed: false, width: 460, push: false });
    await settle();
    expect((await fakeBrowser.storage.local.get(PANEL_LAYOUT_KEY))[PANEL_LAYOUT_KEY]).toEqual({ collapsed: true, width: 460, push: false });
  });

  it('keeps the default when the stored layout cannot be read', async () => {
    mount(Promise.reject(new Error('storage unavailable')));
    await settle();
    expect(margin()).toBe(`${DEFAULT_PANEL_LAYOUT.width}px`);
  });
});
