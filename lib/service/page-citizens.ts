import { browser } from 'wxt/browser';

/**
 * Which citizen each case-system page (its exact address) showed when it was last read, so the first view can be
 * drawn as the page starts to load, before its DOM names anyone (a single-page app names them only once it has
 * fetched and drawn its data). An address that has shown two different citizens (a "current citizen" page whose
 * content depends on the session) is never trusted again. Kept in storage.session: gone with the browser session,
 * unreadable to content scripts, and a few hundred addresses at most.
 */
const KEY = 'pageCitizens';
export const MAX_PAGES = 500;

interface Entry {
  cpr: string;
  /** Seen with another citizen: the address says nothing about who the page is about. */
  ambiguous?: true;
  at: string;
}

type PageCitizens = Record<string, Entry>;

const read = async () => ((await browser.storage.session.get(KEY))[KEY] as PageCitizens | undefined) ?? {};

let queue: Promise<unknown> = Promise.resolve();

/** A page's citizen as its full read or its identity gave it. Updates run one after another (one shared map). */
export function rememberPageCitizen(url: string, cpr: string, at: string): Promise<void> {
  const run = async () => {
    const pages = await read();
    const known = pages[url];
    if (known?.cpr === cpr && known.at >= at) return;
    pages[url] = known && (known.ambiguous || known.cpr !== cpr) ? { cpr, ambiguous: true, at } : { cpr, at };
    const urls = Object.keys(pages);
    if (urls.length > MAX_PAGES) {
      for (const old of urls.sort((a, b) => pages[a]!.at.localeCompare(pages[b]!.at)).slice(0, urls.length - MAX_PAGES)) delete pages[old];
    }
    await browser.storage.session.set({ [KEY]: pages });
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** The citizen this exact address showed every time it was read, if it was. */
export async function pageCitizenOf(url: string): Promise<string | undefined> {
  const entry = (await read())[url];
  return entry && !entry.ambiguous ? entry.cpr : undefined;
}
