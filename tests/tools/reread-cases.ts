/**
 * After changing an adapter: reads its saved pages again and prints what now differs from the expected records.
 * With --write it updates the expected files; read the printed diff first, the files are the adapter's spec.
 *
 *   npx tsx tests/tools/reread-cases.ts <adapter-id> [--write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Window } from 'happy-dom';
import { ADAPTERS } from '../../lib/adapters/registry';
import { detectPage, extractPage } from '../../lib/adapters/extract';
import { SYSTEMS_DIR, loadTestCases } from '../../lib/adapters/test-cases';

const [adapterId] = process.argv.slice(2);
const write = process.argv.includes('--write');
const spec = ADAPTERS.find((a) => a.id === adapterId);
if (!spec) throw new Error(`no adapter ${adapterId}`);

for (const tc of loadTestCases().filter((c) => c.adapterDir === adapterId)) {
  const window = new Window({ url: tc.expected.url, settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(tc.html, 'text/html') as unknown as Document;
  const page = detectPage(spec, doc, new URL(tc.expected.url));
  if (!page) {
    console.log(`${tc.name}: page no longer recognised`);
    continue;
  }
  const report = extractPage({ spec, page, doc, url: tc.expected.url, now: 'reread' });
  const records = report.records.map(({ provenance: _p, ...r }) => r);
  const errors = report.errors.map((e) => `${e.recordKind}.${e.field}`);
  const expected = tc.expected.records as Record<string, unknown>[];
  if (isDeepStrictEqual(records, expected) && isDeepStrictEqual(errors, tc.expected.errors ?? [])) continue;
  console.log(`\n${tc.name}:`);
  records.forEach((r, i) => {
    const before = expected[i] ?? {};
    for (const k of new Set([...Object.keys(r), ...Object.keys(before)])) {
      const a = JSON.stringify(before[k]);
      const b = JSON.stringify((r as Record<string, unknown>)[k]);
      if (a !== b) console.log(`  ${(r as { nativeId?: string }).nativeId ?? i}.${k}: ${a} → ${b}`);
    }
  });
  if (records.length !== expected.length) console.log(`  records: ${expected.length} → ${records.length}`);
  if (write) {
    const file = join(SYSTEMS_DIR, adapterId!, 'cases', `${tc.name}.json`);
    writeFileSync(file, `${JSON.stringify({ ...tc.expected, records, errors }, null, 2)}\n`);
  }
}
