import type { SchemaVersion } from './schema-version';

/** The first schema. Frozen: kept so a database written by it can be opened and upgraded. */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    citizens: 'cpr, lastSeen, familyId',
    records: 'key, citizenCpr, kind, system, sector, lastSeen, stale, *listScopes',
    recordHistory: '++id, recordKey, changedAt',
    links: '[recordKey+cpr], recordKey, cpr',
    families: 'id, *members',
    flags: 'id, *citizens, rule, status',
    plans: 'id, *citizens, updatedAt',
    planHistory: '[planId+version], planId',
    consents: 'id, citizenCpr',
    audit: '++id, at, citizenCpr, action',
    settings: 'key',
  },
};

/** A records row as version 1 wrote it: an unlinked row had no citizenCpr, and only "confirmed or not" was kept. */
export interface RecordRowV1 {
  key: string;
  record: unknown;
  kind: string;
  system: string;
  sector: string;
  citizenCpr?: string;
  linkConfirmed: boolean;
  suggestedCpr?: string;
  firstSeen: string;
  lastSeen: string;
  stale: 0 | 1;
  staleSince?: string;
  listScopes: string[];
  importedFrom?: string;
  importedAt?: string;
}
