import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CaseworkRecord, PageReport } from '../model';
import { ingestPage } from './ingest';
import { EnPlanDb } from './schema';

export interface IngestBench {
  records: number;
  citizens: number;
  ingestMs: number;
  ingestPerSecond: number;
  rawMs: number;
  rawPerSecond: number;
  /** How many times slower ingest is than a bare IndexedDB write of the same rows. */
  ratio: number;
}

const PAGE = 100;
const SEEN = '2025-03-01T10:00:00.000Z';

/**
 * Ingest throughput against the floor: a bare IndexedDB put of the same rows, same indexes, one transaction.
 * Both run on fake-indexeddb in Node, so the figures compare our overhead, not a browser's disk.
 */
export async function benchIngest(sizes: number[]): Promise<IngestBench[]> {
  const out: IngestBench[] = [];
  for (const n of sizes) {
    const reports = syntheticReports(n);
    const db = new EnPlanDb(`bench-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const t0 = performance.now();
    for (const r of reports) await ingestPage(db, r, SEEN);
    const ingestMs = performance.now() - t0;
    const rows = await db.records.toArray();
    db.close();

    const rawMs = await rawWrite(rows);
    out.push({
      records: n,
      citizens: Math.max(1, Math.ceil(n / 20)),
      ingestMs,
      ingestPerSecond: (n / ingestMs) * 1000,
      rawMs,
      rawPerSecond: (n / rawMs) * 1000,
      ratio: ingestMs / rawMs,
    });
  }
  return out;
}

export function syntheticReports(n: number): PageReport[] {
  const citizens = Math.max(1, Math.ceil(n / 20));
  const records: CaseworkRecord[] = [];
  for (let i = 0; i < n; i++) {
    const cpr = `01019${String(i % citizens).padStart(5, '0')}`;
    records.push({
      system: 'bench',
      sector: 'job',
      kind: 'effort',
      nativeId: `E${i}`,
      citizen: { cpr },
      provenance: { system: 'bench', url: `https://bench.example/${cpr}`, adapterId: 'bench', adapterVersion: '1', seenAt: SEEN },
      title: `Indsats ${i}`,
      category: 'mentor',
      status: 'active',
      start: '2025-01-01',
      responsible: { unit: 'Jobcenter' },
    });
  }
  const reports: PageReport[] = [];
  for (let i = 0; i < n; i += PAGE) {
    reports.push({
      system: 'bench',
      sector: 'job',
      adapterId: 'bench',
      adapterVersion: '1',
      url: `https://bench.example/page/${i / PAGE}`,
      pageType: 'efforts',
      records: records.slice(i, i + PAGE),
      lists: [],
      errors: [],
    });
  }
  return reports;
}

async function rawWrite(rows: { key: string }[]): Promise<number> {
  const factory = new IDBFactory();
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('raw', 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('records', { keyPath: 'key' });
      for (const ix of ['citizenCpr', 'kind', 'system', 'sector', 'lastSeen', 'stale', 'linkState', 'suggestedCpr']) store.createIndex(ix, ix);
      store.createIndex('listScopes', 'listScopes', { multiEntry: true });
      store.createIndex('citizenCpr+kind', ['citizenCpr', 'kind']);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  idb.close();
  return ms;
}

