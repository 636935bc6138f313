import { expect, personas, readStore, test, waitUntilRead } from './fixtures';
import { dataset, expectedIn } from './panel-oracle';
import { panelFor, setSettings } from './panel-helpers';

/**
 * Issue 3 point 3: a paginated list is read as shown; the following pages only when the caseworker asks, in the
 * panel. JobSag paginates server-side (?side=N&pr_side=N).
 */
interface Row {
  system: string;
  kind: string;
  citizenCpr: string;
}

const effortsOf = async (sw: Parameters<typeof readStore>[0], cpr: string) =>
  (await readStore<Row>(sw, 'records')).filter((r) => r.system === 'jobsag' && r.kind === 'effort' && r.citizenCpr === cpr).length;

test('the next pages of a list are read only when asked, and then all of them', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  const pernille = personas().pernille!;
  const total = expectedIn('job', pernille.ids.job!).effortTitles.length;
  expect(total, 'Pernille has efforts on more than one page of one').toBeGreaterThan(1);
  await setSettings(context, sw, { userSector: 'job' });
  const page = await context.newPage();
  await page.goto(`${urls.job}/borger/${pernille.ids.job}/indsatser?pr_side=1`);
  await waitUntilRead(sw, 'pr_side=1');
  const panel = await panelFor(page, pernille.name);

  // Only the page shown is read by itself.
  await page.waitForTimeout(1000);
  expect(await effortsOf(sw, pernille.cpr)).toBe(1);
  const offer = panel.getByTestId('more-pages');
  await expect(offer).toContainText('Kun den viste side er læst');

  await offer.getByTestId('more-pages-read').click();
  await expect(offer.getByTestId('more-pages-status')).toHaveText(`Læste ${total - 1} sider mere med ${total - 1} poster.`, { timeout: 30_000 });
  expect(await effortsOf(sw, pernille.cpr)).toBe(total);
  // The panel still belongs to the page shown, and its timeline now has every effort.
  await expect(panel.getByTestId('citizen-name')).toHaveText(pernille.name);
  const timeline = await panel.getByTestId('timeline').innerText();
  for (const title of expectedIn('job', pernille.ids.job!).effortTitles) expect(timeline).toContain(title);
  expect(page.url()).toContain('pr_side=1');
});

test('a long list is read in parts, each asked for', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  // "Test Stor", the benchmarks' citizen: 1,000 efforts, 10 a page by default.
  const person = dataset().systems.job.citizens.find((c) => c.person.key === 'stor')!;
  const stor = { name: 'Test Stor', cpr: person.person.cpr, jobId: person.id };
  await setSettings(context, sw, { userSector: 'job' });
  const page = await context.newPage();
  await page.goto(`${urls.job}/borger/${stor.jobId}/indsatser`);
  await waitUntilRead(sw, `/borger/${stor.jobId}/indsatser`);
  const panel = await panelFor(page, stor.name);
  const first = await effortsOf(sw, stor.cpr);
  expect(first).toBe(10);

  const offer = panel.getByTestId('more-pages');
  await offer.getByTestId('more-pages-read').click();
  await expect(offer.getByTestId('more-pages-status')).toHaveText('Læste 20 sider mere med 200 poster. Der er flere sider; tryk igen for at læse videre.', { timeout: 60_000 });
  expect(await effortsOf(sw, stor.cpr)).toBe(210);
  // Asked again, it reads on from where it stopped.
  await offer.getByTestId('more-pages-read').click();
  await expect.poll(() => effortsOf(sw, stor.cpr), { timeout: 60_000 }).toBe(410);
  await expect(offer.getByTestId('more-pages-status')).toHaveText('Læste 20 sider mere med 200 poster. Der er flere sider; tryk igen for at læse videre.');
  // The host page stayed where it was.
  expect(new URL(page.url()).searchParams.get('side')).toBeNull();
});
