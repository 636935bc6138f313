import Dexie from 'dexie';
import type { EnPlanDb } from '../db/schema';

interface Options<T> {
  /** A committed write to a part this matches drops every entry. */
  stale: (part: string) => boolean;
  /** Keys kept per database; the least recently used goes first. */
  maxEntries: number;
  /** And at most this much in all, by `sizeOf`: the newest are kept as long as they fit, one over it alone never. */
  maxSize: number;
  sizeOf: (value: T) => number;
}

/**
 * Reads kept in the service worker's memory per database, all dropped at once when Dexie reports a committed write
 * that matters: writes of this context and, over a BroadcastChannel, those of the extension's other pages (options,
 * overview). Callers asking while a read is in flight share it. A failed read is not remembered. A read that
 * overlapped a write may hold what was there before it; it is answered (a read a moment earlier would have seen the
 * same) but stays in the map it was put in, which the write replaces.
 */
export function generationalCache<T>({ stale, maxEntries, maxSize, sizeOf }: Options<T>) {
  const caches = new WeakMap<EnPlanDb, { generation: number; entries: Map<string, Promise<T>> }>();
  const sizes = new WeakMap<Promise<T>, number>();
  let generation = 0;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some(stale)) generation++;
  });

  return (db: EnPlanDb, key: string, read: () => Promise<T>): Promise<T> => {
    let cache = caches.get(db);
    if (!cache || cache.generation !== generation) {
      cache = { generation, entries: new Map() };
      caches.set(db, cache);
    }
    const { entries } = cache;
    const hit = entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest is the one to go.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const load = read();
    entries.set(key, load);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    void load.then((value) => {
      sizes.set(load, sizeOf(value));
      const newestFirst = [...entries].reverse();
      for (const i of overBudget(newestFirst.map(([, entry]) => sizes.get(entry) ?? 0), maxSize)) entries.delete(newestFirst[i]![0]);
    }, () => undefined);
    load.catch(() => entries.get(key) === load && entries.delete(key));
    return load;
  };
}

/**
 * Which entries (given newest first, by size) to drop so the rest fit the budget: the newest are kept as long as
 * they fit, and an entry that alone is over the budget is never kept.
 */
export function overBudget(counts: readonly number[], budget: number): number[] {
  const drop: number[] = [];
  let total = 0;
  counts.forEach((n, i) => {
    if (total + n > budget) drop.push(i);
    else total += n;
  });
  return drop;
}
