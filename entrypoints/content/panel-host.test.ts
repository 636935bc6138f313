// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PANEL_LAYOUT, NO_PUSH_FLAG, PANEL_LAYOUT_KEY, type PanelLayout } from '@/lib/config/panel-layout';
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

  it('leaves the page its width from the start when the stored layout does not push it (entrypoints/no-push.ts ran first)', async () => {
    (globalThis as Record<string, unknown>)[NO_PUSH_FLAG] = true;
    try {
      mount(new Promise(() => undefined));
      expect(margin()).toBe('');
    } finally {
      delete (globalThis as Record<string, unknown>)[NO_PUSH_FLAG];
    }
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
