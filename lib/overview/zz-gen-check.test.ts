import { test } from 'vitest';
import { generatePopulation } from '../overview/test-population';
import { ExportFile } from '../db/export-import';
test('gen', () => {
  let t0 = performance.now();
  const f = generatePopulation({ citizens: 5000, today: '2025-06-15', seed: 7 });
  const t1 = performance.now();
  const byRule: Record<string, number> = {};
  for (const fl of f.flags) byRule[fl.rule] = (byRule[fl.rule] ?? 0) + 1;
  console.log('records', f.records.length, 'citizens', f.citizens.length, 'families', f.families.length, 'flags', f.flags.length, byRule, 'ms', t1 - t0);
  const persona = f.flags.filter((x) => x.citizens.some((c) => ['1204841234','0803111235','2109141236','0202041238','1509911237'].includes(c)));
  for (const p of persona) console.log(p.rule, p.citizens.join(','), p.reason);
  t0 = performance.now();
  const ok = ExportFile.safeParse(f);
  console.log('valid', ok.success, ok.success ? '' : JSON.stringify(ok.error.issues.slice(0,3)), performance.now() - t0);
  console.log(JSON.stringify(f).length);
});
