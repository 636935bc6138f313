import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutHintScripts } from '../../lib/config/layout-hints';

/**
 * Size budget of the content scripts (issue 8): the panel's (document_start) and the reader (injected once the page
 * has loaded) run in every page of every configured case system, so together they stay small. A size is deterministic
 * for a given source, so unlike timings it is checked here, in CI. The test reads the demo build in .output; when
 * there is none (a clean checkout, CI before the e2e build) it builds it first, so the check can never pass by being
 * skipped.
 */
const ROOT = resolve(import.meta.dirname, '../..');
// The rest run ahead of the first: the most layout hints a page gets (lib/config/layout-hints.ts).
const CONTENT_SCRIPTS = ['content-scripts/content.js', 'content-scripts/reader.js', ...layoutHintScripts({ collapsed: false, width: 900, push: false })].map((f) =>
  resolve(ROOT, '.output/chrome-mv3-demo', f),
);
/** 30 kB gzip for both, kB = 1,000 bytes as WXT prints it. Keep in step with tests/bench/sizes.ts. */
const BUDGET_GZIP = 30_000;
/**
 * The one at document_start: every byte is compiled while the host page's parser waits. Far under what the adapters
 * weigh, so they cannot creep back into it.
 */
const EARLY_BUDGET_GZIP = 10_000;

describe('bundle size', () => {
  beforeAll(() => {
    if (!CONTENT_SCRIPTS.every((f) => existsSync(f))) {
      execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
    }
  }, 180_000);

  const gzip = (file: string) => {
    expect(existsSync(file), `${file} was not built`).toBe(true);
    return gzipSync(readFileSync(file), { level: 9 }).length;
  };
  const built = (file: string) => `${file.split('/').pop()} built ${statSync(file).mtime.toISOString()}`;

  it('keeps the content scripts within 30 kB gzip together', () => {
    const sizes = CONTENT_SCRIPTS.map(gzip);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total, `content scripts are ${sizes.join(' + ')} bytes gzip (${CONTENT_SCRIPTS.map(built).join(', ')}); budget ${BUDGET_GZIP}`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('keeps the document_start script within 10 kB gzip: no adapters, no hint list in it', () => {
    const [early] = CONTENT_SCRIPTS;
    expect(gzip(early!), built(early!)).toBeLessThanOrEqual(EARLY_BUDGET_GZIP);
    expect(readFileSync(early!, 'utf8')).not.toMatch(/demo-jobsag|demo-sundhedsportalen/);
    // Nor the list of layout hint files (lib/config/layout-hints.ts), which it would build on every page.
    expect(readFileSync(early!, 'utf8')).not.toMatch(/layout-hints/);
  });

  it('keeps Dexie and zod out of the content scripts', () => {
    // The database lives in the background (STACK.md); zod validates there too. Either would blow the budget.
    for (const file of CONTENT_SCRIPTS) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/Dexie|IDBKeyRange/);
      expect(text).not.toMatch(/ZodError|_zod/);
    }
  });
});
