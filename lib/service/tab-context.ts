import { browser } from 'wxt/browser';
import type { CitizenRef, ReadError } from '../model';

/**
 * What each tab currently shows, per frame. Kept in storage.session: it survives the service worker being
 * stopped, is cleared with the browser session, and content scripts cannot read it.
 */
export interface FrameContext {
  url: string;
  system?: string;
  pageType?: string;
  citizen?: CitizenRef;
  errors: ReadError[];
  at: string;
  /** Records the page showed without a full CPR (see link-suggestions-view): the panel offers them for linking. */
  cprLessKeys?: string[];
}

export interface PrecheckState {
  infoTypeLabel: string;
  infoType?: string;
  blocking: boolean;
  submitBlocked: boolean;
  matches: { recordKey: string; why: 'duplicate' | 'on-file'; reason: string }[];
}

export interface TabContext {
  frames: Record<string, FrameContext>;
  precheck?: PrecheckState;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabContext(tabId: number): Promise<TabContext> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabContext | undefined;
  return stored ?? { frames: {} };
}

const queues = new Map<number, Promise<unknown>>();

/**
 * Read-modify-write of one tab's context. Frames of one tab report at the same moment (a case in an iframe and its
 * frame page), so updates of a tab run one after another or one frame's report would overwrite the other's.
 */
export function updateTabContext(tabId: number, update: (ctx: TabContext) => TabContext): Promise<TabContext> {
  const run = async () => {
    const next = update(await getTabContext(tabId));
    await browser.storage.session.set({ [key(tabId)]: next });
    return next;
  };
  const result = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  const tail = result.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return result;
}

export async function dropTabContext(tabId: number) {
  await browser.storage.session.remove(key(tabId));
}

/** The citizen the tab is about: the top frame's, else any frame's (the case may sit in an iframe). */
export function tabCitizen(ctx: TabContext): CitizenRef | undefined {
  const frames = Object.entries(ctx.frames).sort(([a], [b]) => Number(a) - Number(b));
  return frames.map(([, f]) => f.citizen).find(Boolean);
}
