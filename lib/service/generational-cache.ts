import Dexie from 'dexie';
import type { EnPlanDb } from '../db/schema';

/**
 * Reads kept per database, all dropped at once when Dexie reports a committed write to a part `stale` matches: writes
 * of this context and, over a BroadcastChannel, those of the extension's other pages (options, overview). A read
 * that overlapped a write stays in the map it was put in, which the write replaces.
 */
export function generationalCache<T>(stale: (part: string) => boolean): (db: EnPlanDb) => Map<string, Promise<T>> {
  const caches = new WeakMap<EnPlanDb, { generation: number; entries: Map<string, Promise<T>> }>();
  let generation = 0;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some(stale)) generation++;
  });
  return (db) => {
    let cache = caches.get(db);
    if (!cache || cache.generation !== generation) {
      cache = { generation, entries: new Map() };
      caches.set(db, cache);
    }
    return cache.entries;
  };
}
