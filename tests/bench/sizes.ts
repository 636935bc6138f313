import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLayoutHintScript, layoutHintScripts } from '../../lib/config/layout-hints';
import { ROOT } from './util';

export const OUTPUT_DIR = join(ROOT, '.output/chrome-mv3-demo');
/** The panel's script (document_start) and the reader (injected once the page has loaded): a page gets both. */
// The rest run ahead of the first: the most layout hints a page gets (lib/config/layout-hints.ts).
export const CONTENT_SCRIPTS = ['content-scripts/content.js', 'content-scripts/reader.js', ...layoutHintScripts({ collapsed: false, width: 900, push: false })].map((f) =>
  join(OUTPUT_DIR, f),
);
/** Budget for the content scripts together, gzip, in bytes (kB = 1,000 bytes, as WXT prints sizes). */
export const CONTENT_GZIP_BUDGET = 30_000;

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}
export interface SizeReport {
  files: FileSize[];
  entries: EntrySize[];
  /** Both content scripts together; `contentEarlyGzip` the one at document_start alone. */
  contentGzip: number;
  contentEarlyGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The JS/CSS a file pulls in statically (relative ES imports), followed recursively. */
function closure(start: string[], seen = new Set<string>()): Set<string> {
  for (const file of start) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|from)\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1]!);
    closure(deps.map((d) => (d.startsWith('/') ? join(OUTPUT_DIR, d) : join(file, '..', d))), seen);
  }
  return seen;
}

/** Raw and gzip size of every script and style of the demo build, and what each entry (page, worker, script) loads. */
export function measureSizes(): SizeReport {
  for (const f of CONTENT_SCRIPTS) if (!existsSync(f)) throw new Error(`${relative(ROOT, f)} is missing: run npm run build first`);
  const all = walk(OUTPUT_DIR).filter((f) => /\.(js|css)$/.test(f));
  const size = (f: string): FileSize => ({ file: relative(OUTPUT_DIR, f), raw: statSync(f).size, gzip: gzipSize(f) });
  // The layout hints are dozens of one-line files, of which a page gets two at most: one row, the largest of them.
  const hints = all.filter((f) => isLayoutHintScript(relative(OUTPUT_DIR, f))).map(size);
  const largestHint = hints.sort((a, b) => b.gzip - a.gzip)[0];
  const files = [
    ...all.filter((f) => !isLayoutHintScript(relative(OUTPUT_DIR, f))).map(size),
    ...(largestHint ? [{ ...largestHint, file: `layout-hints/*.js (${hints.length} files, the largest)` }] : []),
  ].sort((a, b) => b.gzip - a.gzip);

  const entries: EntrySize[] = [];
  const addEntry = (entry: string, roots: string[]) => {
    const set = [...closure(roots)];
    entries.push({
      entry,
      files: set.map((f) => relative(OUTPUT_DIR, f)),
      raw: set.reduce((n, f) => n + statSync(f).size, 0),
      // Each file is fetched and compressed on its own, so the entry's gzip size is the sum of its files' sizes.
      gzip: set.reduce((n, f) => n + gzipSize(f), 0),
    });
  };
  addEntry('content scripts', CONTENT_SCRIPTS);
  addEntry('background', [join(OUTPUT_DIR, 'background.js')]);
  for (const html of readdirSync(OUTPUT_DIR).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(OUTPUT_DIR, html), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(OUTPUT_DIR, m[1]!.replace(/^\//, '')));
    addEntry(html, refs);
  }
  return { files, entries, contentGzip: CONTENT_SCRIPTS.reduce((n, f) => n + gzipSize(f), 0), contentEarlyGzip: gzipSize(CONTENT_SCRIPTS[0]!) };
}
