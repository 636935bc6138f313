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
  /** The page shows one page of a longer list; the rest is read when the caseworker asks. */
  nextPage?: string;
}

export interface PrecheckState {
  infoTypeLabel: string;
  infoType?: string;
  blocking: boolean;
  submitBlocked: boolean;
  matches: { recordKey: string; why: 'duplicate' | 'on-file'; reason: string }[];
}

/** Who a frame's page is about, known before the page is read in full (the `page-identity` message). */
export interface FrameIdentity {
  url: string;
  system: string;
  pageType: string;
  citizen: CitizenRef;
  at: string;
}

export interface TabContext {
  frames: Record<string, FrameContext>;
  /**
   * Identities of frames whose full page report has not landed yet. Kept apart from `frames`, which holds only pages
   * read AND stored (tests and the panel's read errors rely on that); a frame's page report removes its entry.
   */
  identities?: Record<string, FrameIdentity>;
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

/**
 * Each frame's current page: its identity when one came after the frame's last full report (a newer page whose
 * read is under way), else the report's context. Ordered by frame id (the top frame first).
 */
export function currentFrames(ctx: TabContext): FrameContext[] {
  const ids = new Set([...Object.keys(ctx.frames), ...Object.keys(ctx.identities ?? {})]);
  return [...ids]
    .sort((a, b) => Number(a) - Number(b))
    .map((id) => {
      const identity = ctx.identities?.[id];
      return identity ? { ...identity, errors: [] } : ctx.frames[id]!;
    });
}

/** The citizen the tab is about: the top frame's, else any frame's (the case may sit in an iframe). */
export function tabCitizen(ctx: TabContext): CitizenRef | undefined {
  return currentFrames(ctx).map((f) => f.citizen).find(Boolean);
}

/** A page's identity, unless the frame's full report for that very page already landed (the report wins). */
export function withIdentity(ctx: TabContext, frameId: number, identity: FrameIdentity): TabContext {
  // The frame's full report for this page is in (it wins), or the same identity already is: nothing new.
  if (ctx.frames[frameId]?.url === identity.url) return ctx;
  const known = ctx.identities?.[frameId];
  const sameCitizen = known && (known.citizen.cpr || identity.citizen.cpr ? known.citizen.cpr === identity.citizen.cpr : JSON.stringify(known.citizen) === JSON.stringify(identity.citizen));
  if (known && known.url === identity.url && sameCitizen) return ctx;
  return { ...ctx, identities: { ...ctx.identities, [frameId]: identity } };
}

/** A frame's full report (or its "nothing to read") replaces its identity. */
export function withoutIdentity(ctx: TabContext, frameId: number): TabContext {
  if (!ctx.identities?.[frameId]) return ctx;
  const identities = { ...ctx.identities };
  delete identities[frameId];
  return { ...ctx, identities };
}

/** Citizens deleted from the store (forget-citizens.ts): no tab remembers a frame that showed them. */
export async function forgetTabCitizens(cprs: readonly string[]): Promise<void> {
  const tabs = Object.entries(await browser.storage.session.get(null)).filter(([k, ctx]) => k.startsWith('tab:') && namesAny(ctx as TabContext, cprs));
  await Promise.all(tabs.map(([k]) => updateTabContext(Number(k.slice('tab:'.length)), (ctx) => withoutCitizens(ctx, cprs))));
}

const namesAny = (ctx: TabContext, cprs: readonly string[]) => currentFrames(ctx).some((f) => f.citizen?.cpr && cprs.includes(f.citizen.cpr));

/** The frames and identities about those citizens dropped, and with them the pre-check made against their records. */
function withoutCitizens(ctx: TabContext, cprs: readonly string[]): TabContext {
  if (!namesAny(ctx, cprs)) return ctx;
  const keep = <T extends { citizen?: CitizenRef }>(byFrame: Record<string, T> = {}) =>
    Object.fromEntries(Object.entries(byFrame).filter(([, f]) => !(f.citizen?.cpr && cprs.includes(f.citizen.cpr))));
  return { frames: keep(ctx.frames), identities: keep(ctx.identities) };
}
