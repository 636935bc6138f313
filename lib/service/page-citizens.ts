import { sessionMap } from './session-map';

/**
 * Which citizen each case-system page (its exact address) showed when it was last read, so the first view can be
 * drawn as the page starts to load, before its DOM names anyone (a single-page app names them only once it has
 * fetched and drawn its data). An address that has shown two different citizens (a "current citizen" page whose
 * content depends on the session) is never trusted again. Kept in storage.session (session-map.ts), a few hundred
 * addresses at most.
 */
const KEY = 'pageCitizens';
export const MAX_PAGES = 500;
const REFRESH_MS = 10 * 60_000;

interface Entry {
  cpr: string;
  /** Seen with another citizen: the address says nothing about who the page is about. */
  ambiguous?: true;
  at: string;
}

const pages = sessionMap<Entry>(KEY, MAX_PAGES);

/** A page's citizen as its full read or its identity gave it. */
export function rememberPageCitizen(url: string, cpr: string, at: string): Promise<void> {
  return pages.update((entries) => {
    const known = entries[url];
    // Its time only orders the entries for eviction: not worth writing the whole map again on every visit.
    if (known?.cpr === cpr && Date.parse(at) - Date.parse(known.at) < REFRESH_MS) return false;
    entries[url] = known && (known.ambiguous || known.cpr !== cpr) ? { cpr, ambiguous: true, at } : { cpr, at };
  });
}

/** The citizen this exact address showed every time it was read, if it was. */
export async function pageCitizenOf(url: string): Promise<string | undefined> {
  const entry = (await pages.read())[url];
  return entry && !entry.ambiguous ? entry.cpr : undefined;
}

/** Citizens deleted from the store (forget-citizens.ts): no address names them any more. */
export function forgetPageCitizens(cprs: readonly string[]): Promise<void> {
  return pages.remove((entry) => cprs.includes(entry.cpr));
}
