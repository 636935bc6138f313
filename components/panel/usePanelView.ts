import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelView } from '@/lib/service/panel-view';

interface State {
  view?: PanelView;
  focus?: string;
  /** Counts loads, so an effect can react to a repeated focus request. */
  tick: number;
}

/** Fetches the tab's view from the background and again whenever the background says something changed. */
export function usePanelView(cpr?: string): State {
  const [state, setState] = useState<State>({ tick: 0 });
  useEffect(() => {
    let alive = true;
    let seq = 0;
    const load = (focus?: string) => {
      const mine = ++seq;
      return browser.runtime.sendMessage(cpr ? { type: 'panel:view', cpr } : { type: 'panel:view' }).then((view) => {
        // An older answer arriving after a newer one must not overwrite it.
        if (alive && mine === seq && view) setState((s) => ({ view: view as PanelView, focus, tick: s.tick + 1 }));
      });
    };
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
  }, [cpr]);
  return state;
}
