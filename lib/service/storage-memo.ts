import { browser, type Browser } from 'wxt/browser';

/**
 * One storage key's value kept in this context's memory, and replaced by the new value storage reports when the key
 * is written, by this context or another (the options page). Asked on every page a caseworker opens, ahead of the
 * host page's first layout (lib/service/first-view.ts): each storage read is a round trip of 1-10 ms out of the 20-30
 * ms there are. `from` turns what is stored (undefined if nothing) into the value. The value is shared: callers must
 * not change it. Whether the listener is still registered is checked on each read, so a value is never served
 * without one (a test's reset browser drops all listeners).
 */
export function storageMemo<T>(area: 'local' | 'session', key: string, from: (stored: unknown) => T) {
  let memo: Promise<T> | undefined;
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, changedArea: string) => {
    if (changedArea === area && key in changes) memo = Promise.resolve(from(changes[key]!.newValue));
  };
  const read = async () => from((await browser.storage[area].get(key))[key]);
  const get = (): Promise<T> => {
    if (!browser.storage.onChanged.hasListener(onChanged)) {
      memo = undefined;
      browser.storage.onChanged.addListener(onChanged);
    }
    if (!memo) {
      const reading = read();
      memo = reading;
      reading.catch(() => {
        if (memo === reading) memo = undefined;
      });
    }
    return memo;
  };
  /** What this context has just written: the change event comes a moment later. */
  const wrote = (value: T) => {
    memo = Promise.resolve(value);
  };
  /** Storage itself, for a listener of storage changes: it may run before this memo has heard of the change. */
  const fresh = (): Promise<T> => {
    memo = undefined;
    return get();
  };
  return { get, fresh, wrote };
}
