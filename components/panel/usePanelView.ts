import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelView } from '@/lib/service/panel-view';
import { requestView, takeEarlyView } from './early-view';

interface State {
  view?: PanelView;
  focus?: string;
  /** Counts loads, so an effect can react to a repeated focus request. */
  tick: number;
}

/**
 * Fetches the tab's view from the background and again whenever the background says something changed. The first
 * answer is usually already on its way (requested by the page's boot script, see early-view.ts).
 */
export function usePanelView(cpr?: string): State {
  const [state, setState] = useState<State>({ tick: 0 });
  const shown = useRef<PanelView | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let seq = 0;
    const show = (answer: Promise<unknown>, focus?: string): Promise<void> => {
      const mine = ++seq;
      return answer.then((view) => {
        // An older answer arriving after a newer one must not overwrite it.
        if (!alive || mine !== seq || !view) return;
        shown.current = view as PanelView;
        setState((s) => ({ view: view as PanelView, focus, tick: s.tick + 1 }));
        // The head is on its way to the screen: now ask for the timeline, plan and contacts.
        if ((view as PanelView).head) void load(focus);
      });
    };
    const load = (focus?: string, head = false): Promise<void> => show(requestView(cpr, head), focus);
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; focus?: string };
      // Nothing of the citizen's on screen yet (the page said who it is about only now, or the store held nothing
      // until this page's records landed): the head first, as at boot. Never once records are shown: a head would
      // fold away the plan and timeline the caseworker may be working in.
      if (m.type === 'changed') void load(m.focus, !shown.current?.citizen || (!shown.current.records.length && !shown.current.plan));
    };
    browser.runtime.onMessage.addListener(onMessage);
    const early = takeEarlyView(cpr);
    if (early) {
      void show(early.answer).catch(() => load());
      if (early.changed) void load(early.changed.focus);
    } else void load();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [cpr]);
  return state;
}
