import { recordKey, type CaseworkRecord, type RecordKind, type RecordOf } from '../model/record';

/** A record that has disappeared from its source is kept for history but no longer says anything current. */
export function isStale(r: CaseworkRecord): boolean {
  return (r as { stale?: boolean }).stale === true;
}

export function ofKind<K extends RecordKind>(records: CaseworkRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind && !isStale(r));
}

/** Records without a linked CPR cannot be part of a flag: a flag must name its citizens. */
export function cprOf(r: CaseworkRecord): string | undefined {
  return r.citizen.cpr;
}

export function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Connected components of the "belongs together" relation: a chain of pairwise overlaps is one situation for
 * the caseworker, so it becomes one flag rather than one per pair.
 */
export function components<T>(items: T[], related: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (related(items[i]!, items[j]!)) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const byRoot = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(item);
    else byRoot.set(root, [item]);
  });
  return [...byRoot.values()];
}

/** Code-unit order: ids must not depend on a locale's collation, and ICU collation is slow in hot sorts. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const byKey = (a: CaseworkRecord, b: CaseworkRecord) => compare(recordKey(a), recordKey(b));
