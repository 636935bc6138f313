/**
 * Saves a demo system's page as an adapter test case: the rendered HTML (after late-loading scripts ran) and the
 * records the adapter reads from it now, for a human to check before committing.
 *
 *   npx tsx tests/tools/capture-case.ts <adapter-id> <url> <case-name> [--wait-for <selector>]
 *
 * The demo systems must be running (npm run demo:systems).
 */
import { chromium } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { ADAPTERS } from '../../lib/adapters/registry';
import { detectPage, extractPage } from '../../lib/adapters/extract';
import { classifyRecord } from '../../lib/taxonomy/classify';
import { SYSTEMS_DIR } from '../../lib/adapters/test-cases';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium';

const [adapterId, url, name] = process.argv.slice(2);
const waitFor = process.argv.includes('--wait-for') ? process.argv[process.argv.indexOf('--wait-for') + 1] : undefined;
if (!adapterId || !url || !name) throw new Error('usage: capture-case.ts <adapter-id> <url> <case-name> [--wait-for <selector>]');
const spec = ADAPTERS.find((a) => a.id === adapterId);
if (!spec) throw new Error(`no adapter ${adapterId}`);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
if (waitFor) await page.waitForSelector(waitFor);
// Scripts are dropped: a saved page is a snapshot of what the adapter sees, not an app to run again.
const html = await page.evaluate(() => {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('script').forEach((s) => s.remove());
  return `<!doctype html>\n${clone.outerHTML}`;
});
await browser.close();

const window = new Window({ url });
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
// Cases are saved as if captured from the standard demo ports (4101-4104), whatever instance served them.
const canonical = new URL(url);
canonical.port = String(4100 + (Number(canonical.port) % 100));
const pageSpec = detectPage(spec, doc, new URL(url));
if (!pageSpec) throw new Error(`${adapterId} does not recognise ${url}`);
const report = extractPage({ spec, page: pageSpec, doc, url: canonical.href, now: 'captured' });
const dir = join(SYSTEMS_DIR, adapterId, 'cases');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${name}.html`), html);
const expected = {
  url: canonical.href,
  pageType: pageSpec.type,
  // As stored: classified the way the background does it (lib/taxonomy/classify.ts).
  records: report.records.map(classifyRecord).map(({ provenance: _p, ...r }) => r),
  errors: report.errors.map((e) => `${e.recordKind}.${e.field}`),
};
writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${name}: ${report.records.length} records, ${report.errors.length} errors → ${dir}`);
for (const e of report.errors) console.log(`  could not read ${e.recordKind}.${e.field} (${e.record}): ${e.message}`);
