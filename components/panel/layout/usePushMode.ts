import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_PANEL_LAYOUT, PANEL_LAYOUT_KEY, panelLayoutOf } from '@/lib/config/panel-layout';

/**
 * Whether the panel pushes the host page aside (else it lies over its right edge). Read from the layout the content
 * script stores, and kept in step when another tab's panel changes it.
 */
export function usePushMode(): boolean {
  const [push, setPush] = useState(DEFAULT_PANEL_LAYOUT.push);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(PANEL_LAYOUT_KEY).then((stored) => live && setPush(panelLayoutOf(stored[PANEL_LAYOUT_KEY]).push), () => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PANEL_LAYOUT_KEY in changes) setPush(panelLayoutOf(changes[PANEL_LAYOUT_KEY]!.newValue).push);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return push;
}
