import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * Small UI preferences (open sections, panel width) in extension storage, not localStorage: the panel runs in an
 * iframe on the case system's page, a third-party context where Chromium denies localStorage outright.
 * Values are cached in memory so a component can read them synchronously once loaded.
 */
const KEY = 'uiPrefs';
type Prefs = Record<string, unknown>;

let cache: Prefs = {};
let loaded: Promise<Prefs> | undefined;

export function loadPrefs(): Promise<Prefs> {
  loaded ??= browser.storage.local.get(KEY).then(
    (stored) => (cache = { ...((stored[KEY] as Prefs | undefined) ?? {}), ...cache }),
    () => cache,
  );
  return loaded;
}

export function getPref<T>(name: string, fallback: T): T {
  return name in cache ? (cache[name] as T) : fallback;
}

export function setPref(name: string, value: unknown) {
  cache = { ...cache, [name]: value };
  void browser.storage.local.set({ [KEY]: cache }).catch(() => undefined);
}

/** A preference as component state: the fallback until storage has answered, then the stored value. */
export function usePref<T>(name: string, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => getPref(name, fallback));
  useEffect(() => {
    let live = true;
    void loadPrefs().then(() => live && setValue(getPref(name, fallback)));
    return () => {
      live = false;
    };
  }, [name]);
  return [
    value,
    (next: T) => {
      setValue(next);
      setPref(name, next);
    },
  ];
}

// Start reading at once: the panel width is needed synchronously when the frame is collapsed.
void loadPrefs();
