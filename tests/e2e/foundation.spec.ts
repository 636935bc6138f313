import type { Page, Worker } from '@playwright/test';
import { expect, panelFrame, personas, personaUrl, readFrames, readStore, resetDemoSystems, test } from './fixtures';
import { extensionPage, liveWorker, stopServiceWorkers } from './security-helpers';

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

/** From JobSag's meetings list, with the host's own form. */
async function bookMeeting(page: Page, subject: string, date: string) {
  await page.getByRole('link', { name: 'Book møde' }).click();
  await page.getByLabel('Emne').fill(subject);
  await page.getByLabel(/^Dato/).fill(date);
  await page.getByLabel(/^Tidspunkt/).fill('10:00');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText(subject)).toBeVisible();
}

test('the host page keeps working and its records land in the extension database', async ({ context, sw, urls }) => {
  await resetDemoSystems(urls);
  const trine = personas().trine!;
  const page = await context.newPage();
  await page.goto(personaUrl(urls, trine, 'job'));
  await panelFrame(page);
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);

  // The host's own navigation and forms still work with the extension loaded.
  await page.getByRole('link', { name: 'Møder', exact: true }).click();
  await bookMeeting(page, 'Koordinerende møde om Én plan', '01-12-2026');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(bodyFont);

  await expect
    .poll(async () => (await readStore<{ citizenCpr: string; record: { kind: string; title?: string } }>(sw, 'records')).filter((r) => r.citizenCpr === trine.cpr).map((r) => r.record.title))
    .toContain('Koordinerende møde om Én plan');
  const citizens = await readStore<{ cpr: string; name: string }>(sw, 'citizens');
  expect(citizens.find((c) => c.cpr === trine.cpr)?.name).toBe('Trine Hansen');
  await resetDemoSystems(urls);
});

test('a page visited again unchanged is not read again, also by a restarted worker, and one that changed is', async ({ context, sw, urls }) => {
  await resetDemoSystems(urls);
  const trine = personas().trine!;
  const meetings = `${urls.job}/borger/${trine.ids.job}/moeder`;
  // The pages whose full report reaches the worker. A worker stopped meanwhile loses this list: the test then fails
  // on reading it, rather than passing on an empty one.
  const countReports = (worker: Worker) =>
    worker.evaluate(() => {
      const g = globalThis as unknown as { __reports?: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; frameUrl?: string }) => void): void } } } };
      g.__reports = [];
      g.chrome.runtime.onMessage.addListener((m) => {
        if (m?.type === 'page-report') g.__reports!.push(m.frameUrl ?? '');
      });
    });
  const reportsOf = async (worker: Worker, url: string) => (await worker.evaluate(() => (globalThis as unknown as { __reports: string[] }).__reports)).filter((u) => u === url).length;
  const page = await context.newPage();
  // Until the worker shows the page as read: by its full report, or by knowing it unchanged since one.
  const visit = async (worker: Worker, url: string) => {
    const since = new Date().toISOString();
    await page.goto(url);
    await expect.poll(async () => (await readFrames(worker)).some((f) => f.url === url && (f.at ?? '') >= since), { timeout: 10_000 }).toBe(true);
  };

  await countReports(sw);
  await visit(sw, meetings);
  expect(await reportsOf(sw, meetings)).toBe(1);
  await visit(sw, meetings);
  const panel = await panelFrame(page);
  await expect(panel.getByTestId('citizen-name')).toHaveText('Trine Hansen');
  expect(await reportsOf(sw, meetings)).toBe(1);

  // Chrome stops an idle worker after 30 s; a caseworker comes back to a page after longer than that.
  const wake = await extensionPage(context);
  await stopServiceWorkers(context, wake);
  const fresh = await liveWorker(context, wake);
  await countReports(fresh);
  await visit(fresh, meetings);
  expect(await reportsOf(fresh, meetings)).toBe(0);

  await bookMeeting(page, 'Opfølgning på Én plan', '02-12-2026');
  await visit(fresh, meetings);
  expect(await reportsOf(fresh, meetings)).toBe(1);
  await expect
    .poll(async () => (await readStore<{ citizenCpr: string; record: { title?: string } }>(fresh, 'records')).filter((r) => r.citizenCpr === trine.cpr).map((r) => r.record.title))
    .toContain('Opfølgning på Én plan');
  await resetDemoSystems(urls);
});
