import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CaseworkRecord, ListSnapshot, PageReport, RecordOf } from '../model';
import { EnPlanDb } from './schema';

/** Each test gets its own IndexedDB factory, so no state leaks between tests. */
export function freshDb(name = 'test'): EnPlanDb {
  return new EnPlanDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

// Fictional people (DESIGN §3): Trine and her children Martin and Mie; Jakob on his own.
export const TRINE = '0101831234';
export const MARTIN = '1205101235';
export const MIE = '0307071236';
export const JAKOB = '2202901237';

export const T0 = '2025-03-01T10:00:00.000Z';
export const T1 = '2025-03-02T10:00:00.000Z';
export const T2 = '2025-03-03T10:00:00.000Z';

const prov = (system: string, seenAt = T0) => ({ system, url: `https://${system}.example/case`, adapterId: `${system}-adapter`, adapterVersion: '1.0.0', seenAt });

export function effort(nativeId: string, cpr: string | undefined, over: Partial<RecordOf<'effort'>> = {}): RecordOf<'effort'> {
  return {
    system: 'momentum',
    sector: 'job',
    kind: 'effort',
    nativeId,
    citizen: cpr ? { cpr } : { name: 'Trine Hansen', birthDate: '1983-01-01' },
    provenance: prov(over.system ?? 'momentum'),
    title: 'Mentorstøtte',
    category: 'mentor',
    status: 'active',
    start: '2025-01-06',
    responsible: { unit: 'Jobcenter', caseworker: 'Sara Sagsbehandler' },
    ...over,
  };
}

export function citizenRecord(cpr: string, name: string, relations: RecordOf<'citizen'>['relations'] = [], system = 'dubu'): RecordOf<'citizen'> {
  return {
    system,
    sector: 'children',
    kind: 'citizen',
    nativeId: `C-${name.split(' ')[0]}`,
    citizen: { cpr },
    provenance: prov(system),
    name,
    cpr,
    relations,
  };
}

export function report(records: CaseworkRecord[], over: Partial<PageReport> & { lists?: ListSnapshot[] } = {}): PageReport {
  const system = records[0]?.system ?? 'momentum';
  return {
    system,
    sector: records[0]?.sector ?? 'job',
    adapterId: `${system}-adapter`,
    adapterVersion: '1.0.0',
    url: `https://${system}.example/case`,
    pageType: 'efforts',
    records,
    lists: [],
    errors: [],
    ...over,
  };
}

/** Every row of every table as JSON: a table added later is covered without changing the test. */
export async function dumpAll(db: EnPlanDb, except: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of db.tables) if (!except.includes(t.name)) out[t.name] = JSON.stringify(await t.toArray());
  return out;
}
