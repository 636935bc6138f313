import { expect, panelFrame, personas, personaUrl, readStore, resetDemoSystems, test } from './fixtures';

const SYSTEMS = ['job', 'children', 'adult', 'health'] as const;

test.describe('the panel on every demo system', () => {
  for (const system of SYSTEMS) {
    test(`shows the open citizen in ${system}`, async ({ context, urls }) => {
      const trine = personas().trine!;
      const page = await context.newPage();
      await page.goto(personaUrl(urls, trine, system));
      const panel = await panelFrame(page);
      await expect(panel.getByTestId('citizen-name')).toHaveText('Trine Hansen');
      // Masked by default: only the birth date part is shown.
      await expect(panel.getByTestId('citizen-cpr')).toHaveText(`${trine.cpr.slice(0, 6)}-xxxx`);
    });
  }

  test('the host page cannot reach into the panel', async ({ context, urls }) => {
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().trine!, 'job'));
    await panelFrame(page);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('en-plan-panel');
      return { host: Boolean(host), shadowRoot: host?.shadowRoot ?? null, text: document.body.innerText.includes('xxxx') };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, text: false });
  });

  test('follows client-side navigation in the SPA', async ({ context, urls }) => {
    const { trine, jakob } = personas();
    const page = await context.newPage();
    await page.goto(personaUrl(urls, trine!, 'health'));
    const panel = await panelFrame(page);
    await expect(panel.getByTestId('citizen-name')).toHaveText('Trine Hansen');
    const before = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    // The SPA changes the URL with pushState; no document load happens.
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/borger/${jakob!.ids.health}`);
    await expect(panel.getByTestId('citizen-name')).toHaveText('Jakob Kjær');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before);
  });

  test('reads the case shown inside an iframe', async ({ context, urls }) => {
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().martin!, 'children'));
    const panel = await panelFrame(page);
    // The host page, the case in its iframe, and the panel.
    expect(page.frames().length).toBeGreaterThan(2);
    await expect(panel.getByTestId('citizen-name')).toHaveText('Martin Hansen');
  });
});

test('the host page keeps working and its records land in the extension database', async ({ context, sw, urls }) => {
  await resetDemoSystems(urls);
  const trine = personas().trine!;
  const page = await context.newPage();
  await page.goto(personaUrl(urls, trine, 'job'));
  await panelFrame(page);
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);

  // The host's own navigation and forms still work with the extension loaded.
  await page.getByRole('link', { name: 'Møder', exact: true }).click();
  await page.getByRole('link', { name: 'Book møde' }).click();
  await page.getByLabel('Emne').fill('Koordinerende møde om Én plan');
  await page.getByLabel(/^Dato/).fill('01-12-2026');
  await page.getByLabel(/^Tidspunkt/).fill('10:00');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Koordinerende møde om Én plan')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(bodyFont);

  await expect
    .poll(async () => (await readStore<{ citizenCpr: string; record: { kind: string; title?: string } }>(sw, 'records')).filter((r) => r.citizenCpr === trine.cpr).map((r) => r.record.title))
    .toContain('Koordinerende møde om Én plan');
  const citizens = await readStore<{ cpr: string; name: string }>(sw, 'citizens');
  expect(citizens.find((c) => c.cpr === trine.cpr)?.name).toBe('Trine Hansen');
  await resetDemoSystems(urls);
});
