import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelView } from '@/lib/service/panel-view';
import { changeNoticeOf, type ChangeNotice } from '@/lib/messages/to-panel';
import { requestView, takeEarlyView } from './early-view';
import { concerns, watchedBy, type Watched } from './notice-concerns';

interface State {
  view?: PanelView;
  focus?: string;
  /** Counts loads, so an effect can react to a repeated focus request. */
  tick: number;
}

/**
 * Fetches the tab's view from the background and again whenever the background says something changed that may
 * concern it: its tab, a citizen it shows, or anything global (notice-concerns.ts). Every panel hears every notice;
 * a page read in another tab about another citizen must not make it read its citizen's whole record again. The
 * first answer is usually already on its way (requested by the page's boot script, see early-view.ts).
 */
export function usePanelView(cpr?: string): State {
  const [state, setState] = useState<State>({ tick: 0 });
  const shown = useRef<PanelView | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let seq = 0;
    let watched: Watched | undefined;
    /**
     * Notices that came while the latest request was out and did not concern the view on screen. The answer may be
     * about another citizen (the tab's page changed meanwhile) and built before their change: weighed against it.
     */
    let meanwhile: ChangeNotice[] | undefined;
    const show = (answer: Promise<unknown>, focus?: string, before: ChangeNotice[] = []): Promise<void> => {
      const mine = ++seq;
      meanwhile = [...before];
      return answer.then(
        (view) => {
          // An older answer arriving after a newer one must not overwrite it.
          if (!alive || mine !== seq) return;
          const missed = meanwhile ?? [];
          meanwhile = undefined;
          if (!view) return;
          const v = view as PanelView;
          shown.current = v;
          watched = watchedBy(v);
          setState((s) => ({ view: v, focus, tick: s.tick + 1 }));
          const late = missed.filter((n) => concerns(n, watched));
          const lateFocus = late.findLast((n) => n.focus)?.focus;
          // The head is on its way to the screen: now ask for the timeline, plan and contacts.
          if (v.head) void load(lateFocus ?? focus);
          else if (late.length) reload(lateFocus);
        },
        (error: unknown) => {
          if (mine === seq) meanwhile = undefined;
          throw error;
        },
      );
    };
    const load = (focus?: string, head = false): Promise<void> => show(requestView(cpr, head), focus);
    // Nothing of the citizen's on screen yet (the page said who it is about only now, or the store held nothing
    // until this page's records landed): the head first, as at boot. Never once records are shown: a head would
    // fold away the plan and timeline the caseworker may be working in.
    const reload = (focus?: string) => void load(focus, !shown.current?.citizen || (!shown.current.records.length && !shown.current.plan));
    const onMessage = (message: unknown) => {
      const notice = changeNoticeOf(message);
      if (!notice) return;
      // Nothing on screen yet but a request out (booting): which tab and citizens are ours is known with its answer.
      const ours = watched || !meanwhile ? concerns(notice, watched) : false;
      if (ours) reload(notice.focus);
      else meanwhile?.push(notice);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const early = takeEarlyView(cpr);
    if (early) void show(early.answer, undefined, early.changes).catch(() => load());
    else void load();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [cpr]);
  return state;
}
