import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Size budget of the content script (issue 8): it runs in every page of every configured case system, so it stays
 * small. A size is deterministic for a given source, so unlike timings it is checked here, in CI. The test reads the
 * demo build in .output; when there is none (a clean checkout, CI before the e2e build) it builds it first, so the
 * check can never pass by being skipped.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3-demo/content-scripts/content.js');
/** 30 kB gzip, kB = 1,000 bytes as WXT prints it. Keep in step with tests/bench/sizes.ts. */
const BUDGET_GZIP = 30_000;

describe('bundle size', () => {
  beforeAll(() => {
    if (!existsSync(CONTENT_SCRIPT)) {
      execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
    }
  }, 180_000);

  it('keeps the content script within 30 kB gzip', () => {
    expect(existsSync(CONTENT_SCRIPT), `${CONTENT_SCRIPT} was not built`).toBe(true);
    const raw = readFileSync(CONTENT_SCRIPT);
    const gzip = gzipSync(raw, { level: 9 }).length;
    const builtAt = statSync(CONTENT_SCRIPT).mtime.toISOString();
    expect(gzip, `content script is ${gzip} bytes gzip (${raw.length} raw, built ${builtAt}); budget ${BUDGET_GZIP}`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('keeps Dexie and zod out of the content script', () => {
    // The database lives in the background (STACK.md); zod validates there too. Either would blow the budget.
    const text = readFileSync(CONTENT_SCRIPT, 'utf8');
    expect(text).not.toMatch(/Dexie|IDBKeyRange/);
    expect(text).not.toMatch(/ZodError|_zod/);
  });
});
