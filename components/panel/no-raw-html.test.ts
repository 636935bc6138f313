import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 7: scraped and user text is rendered as text. No component here may hand markup to the DOM. */
const ROOTS = ['components/panel', 'components/common', 'entrypoints/panel', 'entrypoints/print'].map((p) => resolve(import.meta.dirname, '../..', p));
const FORBIDDEN = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('panel source', () => {
  it('never injects raw HTML', () => {
    const offenders = ROOTS.flatMap(files).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
