import { browser } from 'wxt/browser';
import { changeNoticeOf, type ChangeNotice } from '@/lib/messages/to-panel';

/** A standalone panel (opened as its own tab, e.g. for review) names its citizen in the address: panel.html?cpr=… */
export function standaloneCpr(): string | undefined {
  if (window.top !== window) return undefined;
  const cpr = new URLSearchParams(location.search).get('cpr') ?? '';
  return /^\d{10}$/.test(cpr) ? cpr : undefined;
}

/** `head`: header and flags only, the first paint; the whole view follows (see PanelView.head). */
export const requestView = (cpr?: string, head = false): Promise<unknown> =>
  browser.runtime.sendMessage({ type: 'panel:view', ...(cpr ? { cpr } : {}), ...(head ? { head } : {}) });

export interface EarlyView {
  cpr?: string;
  answer: Promise<unknown>;
  /**
   * Changes the background announced after the request went out (the answer may predate them). Which tab and
   * citizens the panel shows is known only from the answer: the hook weighs them against it (notice-concerns.ts).
   */
  changes: ChangeNotice[];
  stop(): void;
}

let early: EarlyView | undefined;

/**
 * Run by the panel page's first, tiny script: the view is asked for while the UI's code still loads and parses,
 * instead of after the first render. Changes announced meanwhile are remembered for the hook that takes over.
 */
export function requestViewEarly() {
  const cpr = standaloneCpr();
  const onMessage = (message: unknown) => {
    const notice = changeNoticeOf(message);
    if (notice && early === mine) mine.changes.push(notice);
  };
  const mine: EarlyView = { cpr, answer: requestView(cpr, true), changes: [], stop: () => browser.runtime.onMessage.removeListener(onMessage) };
  // An unanswered request (no background, a stopped worker being restarted) must not become an unhandled rejection.
  mine.answer.catch(() => undefined);
  browser.runtime.onMessage.addListener(onMessage);
  early = mine;
}

/** The early request for this citizen, once: the hook that shows the view takes it over. */
export function takeEarlyView(cpr?: string): EarlyView | undefined {
  const taken = early;
  early = undefined;
  taken?.stop();
  return taken && taken.cpr === cpr ? taken : undefined;
}
