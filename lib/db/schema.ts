import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type {
  AuditRow,
  CitizenRow,
  ConsentRow,
  FamilyRow,
  FlagRow,
  LinkRow,
  PlanHistoryRow,
  PlanRow,
  RecordHistoryRow,
  RecordRow,
  SettingRow,
} from './rows';
import { schemaV1 } from './schema-v1';
import { schemaV2 } from './schema-v2';
import type { SchemaVersion } from './schema-version';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [schemaV1, schemaV2];
export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
export const DB_NAME = 'en-plan';

export class EnPlanDb extends Dexie {
  // `declare`: a class field initialiser would overwrite the tables Dexie assigns in stores(). EntityTable only for
  // auto-increment keys, where an insert may leave the key out.
  declare citizens: Table<CitizenRow, string>;
  declare records: Table<RecordRow, string>;
  declare recordHistory: EntityTable<RecordHistoryRow, 'id'>;
  declare links: Table<LinkRow, [string, string]>;
  declare families: Table<FamilyRow, string>;
  declare flags: Table<FlagRow, string>;
  declare plans: Table<PlanRow, string>;
  declare planHistory: Table<PlanHistoryRow, [string, number]>;
  declare consents: Table<ConsentRow, string>;
  declare audit: EntityTable<AuditRow, 'id'>;
  declare settings: Table<SettingRow, string>;

  /** Tests and the benchmark pass their own `indexedDB`/`IDBKeyRange` so each gets a fresh, isolated factory. */
  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
