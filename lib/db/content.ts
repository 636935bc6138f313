import type { CaseworkRecord } from '../model';

/** JSON with sorted keys and no undefined, so two equal records always give the same text whatever the key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortDeep(value));
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortDeep(v);
    }
    return out;
  }
  return value;
}

/**
 * What makes a record "changed": everything but when and from which URL it was read, because the same case seen
 * tomorrow, or through another page of the same system, is not a new version of it.
 */
export function contentOf(r: CaseworkRecord): string {
  const { seenAt: _seenAt, url: _url, ...provenance } = r.provenance;
  return stableStringify({ ...r, provenance });
}

/** The full CPR a record carries itself; a citizen record may carry it only in its own `cpr` field. */
export function ownCpr(r: CaseworkRecord): string | undefined {
  return r.citizen.cpr ?? (r.kind === 'citizen' ? r.cpr : undefined);
}
