/**
 * What the background tells open extension pages (framed panels, standalone panels): something changed. It is sent
 * to every page at once (runtime.sendMessage), so each page decides whether it concerns what it shows
 * (components/panel/notice-concerns.ts).
 *
 * - `tabId`: the tab whose page or page state (frames read, identity, precheck, link decisions) changed.
 * - `citizens`: citizens whose stored data (records, family, flags, plans, consents) changed.
 * - neither: a change that can concern anyone (a flag's status, settings): every page asks again.
 */
export interface ChangeNotice {
  tabId?: number;
  citizens?: string[];
  focus?: 'precheck';
}

export type ChangeMessage = ChangeNotice & { type: 'changed' };

/** The notice in a runtime message, or undefined for any other message. Read defensively: it arrives as unknown. */
export function changeNoticeOf(message: unknown): ChangeNotice | undefined {
  const m = message as Partial<ChangeMessage> | null | undefined;
  if (!m || typeof m !== 'object' || m.type !== 'changed') return undefined;
  return {
    ...(typeof m.tabId === 'number' ? { tabId: m.tabId } : {}),
    ...(Array.isArray(m.citizens) ? { citizens: m.citizens.filter((c): c is string => typeof c === 'string') } : {}),
    ...(m.focus === 'precheck' ? { focus: m.focus } : {}),
  };
}
