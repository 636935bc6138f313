import type { CaseworkRecord, RecordKind, RecordOf } from '../model/record';
import type { DetectContext } from './types';

/** A record that has disappeared from its source is kept for history but no longer says anything current. */
export function isStale(r: CaseworkRecord): boolean {
  return (r as { stale?: boolean }).stale === true;
}

const INDEX = Symbol('detect-index');

type Index = { byKind: Map<RecordKind, CaseworkRecord[]>; names: Map<string, string>; several: boolean; memo: Map<string, unknown> };

/** A context with its records sorted by kind and its people named once, instead of once per rule and flag. */
export type Prepared = DetectContext & { readonly [INDEX]: Index };

/**
 * Builds the index for one detection run. A fresh object every time (never cached on the caller's context or
 * array), so records added to a context between two runs can never be missed.
 */
export function prepare(ctx: DetectContext): Prepared {
  if (INDEX in ctx) return ctx as Prepared;
  const byKind = new Map<RecordKind, CaseworkRecord[]>();
  const names = new Map<string, string>();
  const cprs = new Set<string>();
  for (const r of ctx.records) {
    const cpr = r.citizen.cpr;
    if (cpr) {
      cprs.add(cpr);
      // The citizen page's own name beats a name printed on some other record.
      if (r.kind === 'citizen') names.set(cpr, r.name);
      else if (r.citizen.name && !names.has(cpr)) names.set(cpr, r.citizen.name);
    }
    if (isStale(r)) continue;
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  return { ...ctx, [INDEX]: { byKind, names, several: cprs.size > 1, memo: new Map() } };
}

/** The live (not stale) records of one kind. Shared between rules: filter or copy, never sort in place. */
export function ofKind<K extends RecordKind>(ctx: Prepared, kind: K): readonly RecordOf<K>[] {
  return (ctx[INDEX].byKind.get(kind) ?? []) as RecordOf<K>[];
}

/** Memoises a value for the length of one detection run (e.g. an info type with the settings applied). */
export function memo<T>(ctx: Prepared, key: string, make: () => T): T {
  const m = ctx[INDEX].memo;
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  m.set(key, v);
  return v;
}

export function peopleOf(ctx: Prepared): { names: ReadonlyMap<string, string>; several: boolean } {
  return ctx[INDEX];
}

/** Records without a linked CPR cannot be part of a flag: a flag must name its citizens. */
export function cprOf(r: CaseworkRecord): string | undefined {
  return r.citizen.cpr;
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
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

/** A deterministic order by the parts of the record key, without building key strings in hot sorts. */
export const byKey = (a: CaseworkRecord, b: CaseworkRecord) => compare(a.system, b.system) || compare(a.kind, b.kind) || compare(a.nativeId, b.nativeId);
