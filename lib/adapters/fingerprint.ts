import { newReadCache, readAllRaw, readRaw, type ReadCache } from './read-field';
import type { AdapterSpec, FieldSpec, PageSpec } from './spec';

/**
 * A cheap summary of what a read of this page would see: the citizen header's text, and per record spec how many
 * rows there are, their text, and every attribute a field reads (a data-id on the row, a link's href in a cell), read
 * as the field reads it. Equal fingerprints mean a new read would give the same report, so the content script skips
 * it; that makes a page that mutates elsewhere (a clock, an animation) cost a hash instead of an extraction.
 * textContent only: no layout.
 */
export function pageFingerprint(spec: AdapterSpec, page: PageSpec, doc: Document, url: string): string {
  const steps = pageFingerprintSteps(spec, page, doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** pageFingerprint a row at a time, for a caller that gives the main thread back between rows. */
export function* pageFingerprintSteps(spec: AdapterSpec, page: PageSpec, doc: Document, url: string): Generator<void, string> {
  const hash = new Hash();
  hash.add(url);
  hash.add(page.type);
  if (page.citizen !== false) hash.add(doc.querySelector(spec.citizen.scope)?.textContent ?? '\u0000none');
  const cache = newReadCache();
  for (const rs of page.records ?? []) {
    const rows = doc.querySelectorAll(rs.rows);
    hash.add(`\u0001${rows.length}`);
    const attrFields = Object.values(rs.fields).filter((f) => f.attr);
    for (let i = 0; i < rows.length; i++) {
      if (i > 0) yield;
      const row = rows[i]!;
      hash.add(row.textContent ?? '');
      for (const f of attrFields) hash.add(attributeOf(row, f, cache));
    }
    if (rs.next) hash.add(doc.querySelector(rs.next) ? 'next' : 'last');
  }
  return hash.digest();
}

function attributeOf(row: Element, field: FieldSpec, cache: ReadCache): string {
  const raw = field.all ? readAllRaw(row, field, cache)?.join('\u0002') : readRaw(row, field, cache);
  return raw ?? '\u0000';
}

/** Two independent 32-bit FNV-1a style lanes (53 bits used): collisions are not a practical concern here. */
class Hash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private length = 0;

  add(s: string) {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    this.h1 = Math.imul(h1 ^ 0xffff, 2654435761);
    this.h2 = Math.imul(h2 ^ 0xffff, 1597334677);
    this.length += s.length + 1;
  }

  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(this.h1 ^ (this.h1 >>> 13), 3266489909);
    return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${this.length}`;
  }
}
