import type { LinkState, RecordRow } from './rows';
import type { RecordRowV1 } from './schema-v1';
import type { SchemaVersion } from './schema-version';

/**
 * Version 2: an explicit linkState instead of v1's `linkConfirmed` boolean, so a suggested link and no link at all
 * can be told apart and queried; unlinked rows get citizenCpr '' because IndexedDB leaves rows whose key path is
 * undefined out of an index, and the new [citizenCpr+kind] index must also answer "unlinked requests".
 */
export function recordRowV1toV2(v1: RecordRowV1): RecordRow {
  const { linkConfirmed, citizenCpr, ...rest } = v1;
  const linkState: LinkState = citizenCpr ? (linkConfirmed ? 'confirmed' : 'auto') : v1.suggestedCpr ? 'suggested' : 'unlinked';
  return { ...(rest as Omit<RecordRow, 'citizenCpr' | 'linkState'>), citizenCpr: citizenCpr ?? '', linkState };
}

export const schemaV2: SchemaVersion = {
  version: 2,
  stores: {
    records: 'key, citizenCpr, kind, system, sector, lastSeen, stale, *listScopes, [citizenCpr+kind], linkState, suggestedCpr',
  },
  upgrade: (tx) =>
    tx
      .table('records')
      .toCollection()
      .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = recordRowV1toV2(row as unknown as RecordRowV1);
      }),
  upgradeExport: (file) => {
    if (Array.isArray(file.records)) file.records = file.records.map((r) => recordRowV1toV2(r as RecordRowV1));
  },
};
