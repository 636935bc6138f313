import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelView } from '@/lib/service/panel-view';

/** Fetches the tab's view from the background and again whenever the background says something changed. */
export function usePanelView(): { view?: PanelView; focus?: string } {
  const [state, setState] = useState<{ view?: PanelView; focus?: string }>({});
  useEffect(() => {
    let alive = true;
    const load = (focus?: string) =>
      browser.runtime.sendMessage({ type: 'panel:view' }).then((view) => {
        if (alive) setState({ view: view as PanelView, focus });
      });
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; focus?: string };
      if (m.type === 'changed') void load(m.focus);
    };
    browser.runtime.onMessage.addListener(onMessage);
    void load();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  return state;
}
