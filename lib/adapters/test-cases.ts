import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Zotero-translator way: every adapter folder carries saved pages (cases/NAME.html) and what must be read from
 * them (cases/NAME.json). One generic test runs them all; a failure names the adapter, the page and the field.
 */
export interface ExpectedCase {
  /** The URL the page was saved from: page detection runs on it. */
  url: string;
  pageType: string;
  records: unknown[];
  /** Expected read errors as "recordKind.field" (a broken page case); empty for a good page. */
  errors?: string[];
}

export interface TestCase {
  adapterDir: string;
  name: string;
  html: string;
  expected: ExpectedCase;
}

export const SYSTEMS_DIR = join(import.meta.dirname, 'systems');

export function loadTestCases(): TestCase[] {
  const cases: TestCase[] = [];
  for (const adapterDir of readdirSync(SYSTEMS_DIR)) {
    const dir = join(SYSTEMS_DIR, adapterDir, 'cases');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const name = file.replace(/\.html$/, '');
      cases.push({
        adapterDir,
        name,
        html: readFileSync(join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ExpectedCase,
      });
    }
  }
  return cases;
}
