import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Where the content script keeps the panel's layout (entrypoints/content/panel-host.ts). */
const LAYOUT_KEY = 'panelLayout';

/** Pushing is the default (panel-host.ts). */
const pushOf = (layout: unknown) => (layout as { push?: unknown } | undefined)?.push !== false;

/**
 * Whether the panel pushes the host page aside (else it lies over its right edge). Read from the layout the content
 * script stores, and kept in step when another tab's panel changes it.
 */
export function usePushMode(): boolean {
  const [push, setPush] = useState(true);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(LAYOUT_KEY).then((stored) => live && setPush(pushOf(stored[LAYOUT_KEY])), () => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LAYOUT_KEY in changes) setPush(pushOf(changes[LAYOUT_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return push;
}
