import type { EnPlanDb } from '../db/schema';
import { sessionMap } from './session-map';
import { LAST_SEEN_STEP_MS } from '../db/ingest';
import type { FrameContext } from './tab-context';

/**
 * The last full read of each page address, so a page that has not changed since is not read again: on a repeat visit
 * of a 1,000-row page the read, its 600 kB report and the worker's checks of it cost the machine some 0.4 s of CPU,
 * 0.1 s of it on the host page's main thread, for a store that would not change (an unchanged re-read writes nothing
 * within LAST_SEEN_STEP_MS: lib/db/ingest.ts). The page's fingerprint (lib/adapters/fingerprint.ts) says whether it
 * changed. Kept in storage.session (session-map.ts): the worker is stopped after 30 s without work, and a caseworker
 * comes back to a page after longer than that.
 */
export interface PageRead {
  fingerprint: string;
  /** The adapter that read it, id and version: another adapter may read the same page differently. */
  adapter: string;
  at: string;
  /** What the frame showed, as the tab's context holds it (tab-context.ts). */
  frame: FrameContext;
  /** Every citizen the read stored records of. */
  citizens: string[];
}

export const MAX_PAGE_READS = 100;
/** A read whose frame is larger (a page with a read error in every row) is not kept: read it in full each time. */
export const MAX_READ_CHARS = 16_000;

const reads = sessionMap<PageRead>('pageReads', MAX_PAGE_READS);

/** `undefined`: the page was stored as read while it changed, with no fingerprint of what was stored. */
export function rememberPageRead(url: string, read: PageRead | undefined): Promise<void> {
  const keep = read && read.citizens.length > 0 && JSON.stringify(read).length <= MAX_READ_CHARS ? read : undefined;
  const now = Date.now();
  return reads.update((entries) => {
    // Reads too old to answer for a page (unchangedPageRead) are not kept either.
    const gone = Object.keys(entries).filter((u) => u === url || now - Date.parse(entries[u]!.at) >= LAST_SEEN_STEP_MS);
    for (const u of gone) delete entries[u];
    if (keep) entries[url] = keep;
    return Boolean(keep) || gone.length > 0;
  });
}

/** Citizens deleted from the store (forget-citizens.ts): no read that stored them, or showed them, is kept. */
export function forgetPageReadsOf(cprs: readonly string[]): Promise<void> {
  return reads.remove((read) => read.citizens.some((c) => cprs.includes(c)) || cprs.includes(read.frame.citizen?.cpr ?? ''));
}

/**
 * The page's last read, if the page is as it was then, read by the same adapter, within LAST_SEEN_STEP_MS and on the
 * same day (flags that fall due are found when a page is stored: lib/service/refresh-flags.ts), and every citizen it
 * stored is still in the store: a citizen deleted since (the options page, another context) is read and stored again.
 */
export async function unchangedPageRead(db: EnPlanDb, url: string, fingerprint: string, adapter: string, now: string): Promise<PageRead | undefined> {
  const read = (await reads.read())[url];
  if (!read || read.fingerprint !== fingerprint || read.adapter !== adapter) return undefined;
  if (Date.parse(now) - Date.parse(read.at) >= LAST_SEEN_STEP_MS || read.at.slice(0, 10) !== now.slice(0, 10)) return undefined;
  const citizens = await db.citizens.bulkGet(read.citizens);
  return citizens.every(Boolean) ? read : undefined;
}
