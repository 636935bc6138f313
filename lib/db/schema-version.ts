import type { Transaction } from 'dexie';

/**
 * One entry per schema version. A new version adds a file `schema-vN.ts` and appends it to SCHEMA_VERSIONS in
 * schema.ts; old entries are never edited, because browsers out there hold databases written by them.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; only tables that change need to be listed, `null` deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
  /** Brings the tables of an export file written at the previous version to this version's row shapes. */
  upgradeExport?: (file: Record<string, unknown>) => void;
}
