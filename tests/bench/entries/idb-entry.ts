import Dexie from 'dexie';
import { syntheticReports } from '@/lib/db/bench';
import { ingestPage } from '@/lib/db/ingest';
import { EnPlanDb } from '@/lib/db/schema';

const SEEN = '2025-03-01T10:00:00.000Z';

const request = <T>(req: IDBRequest<T> | IDBOpenDBRequest) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });

/**
 * The real ingest (Dexie, lib/db/ingest.ts, page reports of 100 records as the content script sends them) on the
 * browser's real IndexedDB, then the floor: a bare IndexedDB put of the very rows ingest stored, into a store with
 * the same key path and the same indexes (read from the Dexie schema), in one transaction.
 */
async function run(n: number) {
  const reports = syntheticReports(n);
  const name = `en-plan-bench-${n}-${Date.now()}`;
  const db = new EnPlanDb(name);
  await db.open();
  const t0 = performance.now();
  for (const r of reports) await ingestPage(db, r, SEEN);
  const ingestMs = performance.now() - t0;
  const rows = await db.records.toArray();
  const schema = db.records.schema;
  db.close();
  await Dexie.delete(name);

  const rawName = `${name}-raw`;
  const open = indexedDB.open(rawName, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('records', { keyPath: schema.primKey.keyPath as string });
    for (const ix of schema.indexes) store.createIndex(ix.name, ix.keyPath as string | string[], { multiEntry: ix.multi, unique: ix.unique });
  };
  const idb = await request<IDBDatabase>(open);
  const t1 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const rawMs = performance.now() - t1;
  idb.close();
  await request(indexedDB.deleteDatabase(rawName));
  return { records: rows.length, ingestMs, rawMs, indexes: schema.indexes.length };
}

(globalThis as unknown as { __enPlanIdb: unknown }).__enPlanIdb = { run };
