import { personas, readStore, test } from './fixtures';
import { readPersona } from './panel-helpers';
import { dataset } from './panel-oracle';

test('smoke: jakob job', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const p = personas().jakob!;
  const page = await context.newPage();
  await readPersona(page, sw, urls, p, ['job']);
  const rows = await readStore<{ key: string; citizenCpr: string; linkState: string }>(sw, 'records');
  console.log(JSON.stringify(rows.map((r) => [r.key, r.citizenCpr === p.cpr, r.linkState])));
  const s = dataset().systems.job;
  const id = p.ids.job;
  console.log(JSON.stringify([...s.cases, ...s.efforts, ...s.requests, ...s.documents, ...s.meetings, ...s.plans].filter((r) => r.citizenId === id).map((r) => r.id)));
});

test('smoke: jakob job panel', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const { panelFor, grantConsent, setSettings } = await import('./panel-helpers');
  const { personaUrl } = await import('./fixtures');
  const p = personas().jakob!;
  await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
  await grantConsent(context, sw, p.cpr, ['children', 'adult', 'health']);
  const page = await context.newPage();
  await readPersona(page, sw, urls, p, ['job']);
  await page.goto(personaUrl(urls, p, 'job'));
  const panel = await panelFor(page, p.name);
  await page.waitForTimeout(1500);
  console.log(await panel.getByTestId('timeline').innerText());
});
