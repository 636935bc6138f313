import { browser } from 'wxt/browser';
import { storageMemo } from './storage-memo';

/**
 * A map kept in storage.session under one key: it survives the service worker being stopped, goes with the browser
 * session, and content scripts cannot read it. Updates run one after another (each reads, changes and writes the
 * whole map), and beyond `max` entries the oldest by `at` go.
 */
export function sessionMap<T extends { at: string }>(key: string, max: number) {
  let queue: Promise<unknown> = Promise.resolve();
  const entriesOf = (value: unknown) => (value as Record<string, T> | undefined) ?? {};
  // Lookups share one copy in memory; an update changes a fresh one.
  const memo = storageMemo('session', key, entriesOf);
  const stored = async () => entriesOf((await browser.storage.session.get(key))[key]);
  /** `change` returns false when it changed nothing. */
  const update = (change: (entries: Record<string, T>) => boolean | void): Promise<void> => {
    const run = async () => {
      const entries = await stored();
      if (change(entries) === false) return;
      const keys = Object.keys(entries);
      if (keys.length > max) {
        for (const old of keys.sort((a, b) => entries[a]!.at.localeCompare(entries[b]!.at)).slice(0, keys.length - max)) delete entries[old];
      }
      await browser.storage.session.set({ [key]: entries });
      memo.wrote(entries);
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
  /** Removes the entries `match` picks. */
  const remove = (match: (entry: T) => boolean) =>
    update((entries) => {
      const gone = Object.keys(entries).filter((k) => match(entries[k]!));
      for (const k of gone) delete entries[k];
      return gone.length > 0;
    });
  return { read: memo.get, update, remove };
}
