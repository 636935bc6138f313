import { personas, test, readStore } from './fixtures';
import { readPersona } from './panel-helpers';

test('smoke: Trine in BørneSag', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const trine = personas().trine!;
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE', m.text()));
  await readPersona(page, sw, urls, trine, ['children']).catch((e) => console.log('ERR', String(e)));
  const rows = await readStore<{ system: string; kind: string; citizenCpr: string; linkState: string }>(sw, 'records');
  console.log(JSON.stringify(rows.map((r) => [r.system, r.kind, r.citizenCpr, r.linkState])));
  console.log(JSON.stringify(await readStore(sw, 'audit')).slice(0, 3000));
});
