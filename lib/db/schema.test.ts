import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { recordKey } from '../model';
import { recordsForCitizens } from './queries';
import { EnPlanDb, SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { schemaV1, type RecordRowV1 } from './schema-v1';
import { effort, JAKOB, T0, TRINE } from './test-fixtures';

const v1Row = (r: ReturnType<typeof effort>, extra: Partial<RecordRowV1>): RecordRowV1 => ({
  key: recordKey(r),
  record: r,
  kind: r.kind,
  system: r.system,
  sector: r.sector,
  linkConfirmed: false,
  firstSeen: T0,
  lastSeen: T0,
  stale: 0,
  listScopes: [],
  ...extra,
});

describe('schema versions', () => {
  it('lists versions in ascending order, the class opens at the last one', async () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const db = new EnPlanDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'citizens', 'consents', 'families', 'flags', 'links', 'planHistory', 'plans', 'recordHistory', 'records', 'settings'].sort(),
    );
    db.close();
  });

  it('upgrades data written by version 1 to version 2 and keeps every row', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('migrate', { indexedDB, IDBKeyRange });
    v1.version(1).stores(schemaV1.stores);
    const linked = effort('E1', TRINE);
    const confirmed = effort('E2', undefined);
    const suggested = effort('E3', undefined);
    const unlinked = effort('E4', undefined);
    await v1.table('records').bulkAdd([
      v1Row(linked, { citizenCpr: TRINE }),
      v1Row(confirmed, { citizenCpr: JAKOB, linkConfirmed: true }),
      v1Row(suggested, { suggestedCpr: TRINE }),
      v1Row(unlinked, {}),
    ]);
    await v1.table('citizens').add({ cpr: TRINE, name: 'Trine Hansen', firstSeen: T0, lastSeen: T0 });
    await v1.table('audit').add({ at: T0, user: 'sara', citizenCpr: TRINE, action: 'view', purpose: 'sagsbehandling', detail: '' });
    v1.close();

    const db = new EnPlanDb('migrate', { indexedDB, IDBKeyRange });
    const rows = await db.records.orderBy('key').toArray();
    expect(rows.map((r) => [r.record.nativeId, r.citizenCpr, r.linkState, r.suggestedCpr])).toEqual([
      ['E1', TRINE, 'auto', undefined],
      ['E2', JAKOB, 'confirmed', undefined],
      ['E3', '', 'suggested', TRINE],
      ['E4', '', 'unlinked', undefined],
    ]);
    expect(rows.every((r) => !('linkConfirmed' in r))).toBe(true);
    expect(rows.map((r) => r.record)).toEqual([linked, confirmed, suggested, unlinked]);
    // The index version 2 exists for: unlinked rows are now reachable by kind.
    expect(await db.records.where('[citizenCpr+kind]').equals(['', 'effort']).count()).toBe(2);
    expect((await recordsForCitizens(db, [JAKOB])).map((r) => r.nativeId)).toEqual(['E2']);
    expect(await db.citizens.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    db.close();
  });
});
