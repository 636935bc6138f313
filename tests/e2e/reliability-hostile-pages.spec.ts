/**
 * Issue 7 point 7, the host page's side: hostile content in names and titles, a page whose scripts throw and tamper
 * with the DOM, a page flooding the DOM with mutations, and a 50 MB page. The hostile pages are the test-only routes
 * of tests/demo-systems/quirks (README "Test-only quirk routes"); "without the extension" runs serve the same HTML from
 * an origin the extension does not touch.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, panelFrame, resetDemoSystems, test, type DemoUrls } from './fixtures';
import { HOSTILE, INVISIBLE } from '../demo-systems/quirks/hostile-citizen';
import { flomPage, kasterPage, quirkCitizen, QUIRK_ROWS, sendStorPage } from '../demo-systems/quirks/pages';
import { STRANGER, STRANGER_PORT, htmlResponse, readStoreIn, serve } from './security-helpers';

let stranger: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  stranger = await serve(STRANGER_PORT, (req, res) => {
    const url = new URL(req.url ?? '/', STRANGER);
    if (url.pathname === '/__quirks/flom') return htmlResponse(res, flomPage());
    if (url.pathname === '/__quirks/stor') return sendStorPage(res, Number(url.searchParams.get('mb') ?? 50), url.searchParams.get('form') === 'tekst' ? 'tekst' : 'rækker');
    htmlResponse(res, 'ikke fundet', 404);
  });
});
test.afterAll(async () => stranger?.close());

interface CitizenRow {
  cpr: string;
  name: string;
}
interface RecordRow {
  key: string;
  citizenCpr: string;
  system: string;
  record: { kind: string; title?: string; name?: string; nativeId: string };
}

async function addHostileCitizen(urls: DemoUrls, system: 'job' | 'children' | 'adult' | 'health') {
  const r = await fetch(`${urls[system]}/__quirks/hostile-citizen`, { method: 'POST' });
  return (await r.json()) as { id: string; cpr: string };
}

test.describe('hostile text in names and titles', () => {
  test.afterEach(async ({ urls }) => resetDemoSystems(urls));

  test('is shown as plain text in the panel: no element created, no script run, bidi and zero-width removed', async ({ context, sw, urls }) => {
    // JobSag: the caseworker's own sector (the demo user's), so the panel shows the records' content too.
    const { id, cpr } = await addHostileCitizen(urls, 'job');
    const page = await context.newPage();
    await page.goto(`${urls.job}/borger/${id}/indsatser`);
    const panel = await panelFrame(page);
    const name = panel.getByTestId('citizen-name');
    await expect(name).toContainText('Mallory');
    const shown = await name.textContent();
    // Markup is kept as the literal characters a caseworker would want to see; invisible controls are gone.
    expect(shown).toContain('<script>');
    expect(shown).toContain('<img src=x onerror=');
    expect(shown).not.toMatch(INVISIBLE);
    expect(shown).toBe(`Mallory <script>window.__enPlanPwned = 'script'</script> OndsindnesreT <img src=x onerror="window.__enPlanPwned='img'">`);

    // The hostile effort titles reach the timeline (own sector), as text.
    await expect(panel.getByTestId('timeline-item').filter({ hasText: 'Mentorstøtte <img' })).toHaveCount(1);
    const dom = await panel.evaluate(() => ({
      // The panel's own sector icons are the only SVG it draws.
      elements: Array.from(document.querySelectorAll('img, svg:not(.sector-icon), iframe, object, embed, script:not([src]), style, a[href^="javascript:" i]')).map((e) => e.outerHTML.slice(0, 80)),
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
      pwned: (window as unknown as { __enPlanPwned?: string }).__enPlanPwned ?? null,
      text: document.body.innerText,
    }));
    expect(dom).toMatchObject({ elements: [], handlers: 0, pwned: null });
    expect(dom.text).not.toMatch(INVISIBLE);
    expect(dom.text).toContain('"><svg onload=alert(1)>');
    // The host page (the demo system escapes what it prints) ran nothing either.
    expect(await page.evaluate(() => (window as unknown as { __enPlanPwned?: string }).__enPlanPwned ?? null)).toBeNull();

    // What is stored is clean text too: the next reader (overview, print, export) gets no control characters.
    const stored = (await readStoreIn<CitizenRow>(sw, 'citizens')).find((c) => c.cpr === cpr);
    expect(stored?.name).toBe(shown);
    const titles = (await readStoreIn<RecordRow>(sw, 'records')).filter((r) => r.citizenCpr === cpr).map((r) => r.record.title ?? '');
    expect(titles.length).toBeGreaterThanOrEqual(HOSTILE.effortTitles.length);
    for (const t of titles) expect(t).not.toMatch(INVISIBLE);
  });

  for (const system of ['health', 'adult'] as const) {
    test(`the name read in ${system} is plain text too`, async ({ context, urls }) => {
      const { id } = await addHostileCitizen(urls, system);
      const page = await context.newPage();
      await page.goto(system === 'health' ? `${urls.health}/borger/${id}` : `${urls.adult}/borger/${id}`);
      const panel = await panelFrame(page);
      await expect(panel.getByTestId('citizen-name')).toHaveText(
        `Mallory <script>window.__enPlanPwned = 'script'</script> OndsindnesreT <img src=x onerror="window.__enPlanPwned='img'">`,
      );
      expect(await panel.evaluate(() => document.querySelectorAll('img, svg:not(.sector-icon), iframe, script:not([src])').length)).toBe(0);
    });
  }

  test('the team-lead overview shows it as text too', async ({ context, sw, urls }) => {
    const { id, cpr } = await addHostileCitizen(urls, 'health');
    const page = await context.newPage();
    await page.goto(`${urls.health}/borger/${id}`);
    await expect(panelFrame(page).then((p) => p.getByTestId('citizen-name'))).resolves.toBeTruthy();
    await expect.poll(async () => (await readStoreIn<CitizenRow>(sw, 'citizens')).some((c) => c.cpr === cpr)).toBe(true);
    const overview = await context.newPage();
    await overview.goto(`chrome-extension://${new URL(sw.url()).host}/overview.html?cpr=${cpr}`);
    await overview.waitForLoadState('networkidle');
    await overview.waitForTimeout(1000);
    const dom = await overview.evaluate(() => ({
      elements: document.querySelectorAll('img, iframe, object, embed, script:not([src]), a[href^="javascript:" i]').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
      pwned: (window as unknown as { __enPlanPwned?: string }).__enPlanPwned ?? null,
      text: document.body.innerText,
    }));
    expect(dom).toMatchObject({ elements: 0, handlers: 0, pwned: null });
    expect(dom.text).not.toMatch(INVISIBLE);
  });
});

test('a page whose own scripts throw and tamper with the DOM is still read correctly, and keeps working', async ({ context, sw, urls }) => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${urls.health}/__quirks/kaster`);
  expect(page.url()).toBe(`${urls.health}/borgere?quirk=kaster`);
  await panelFrame(page);
  // The page lied about textContent and broke querySelectorAll in ITS world; ours is a separate world.
  const expected = Array.from({ length: QUIRK_ROWS }, (_, i) => quirkCitizen(i));
  await expect
    .poll(async () => {
      const stored = await readStoreIn<CitizenRow>(sw, 'citizens');
      return expected.filter((c) => stored.some((s) => s.cpr === c.cpr && s.name === c.name)).length;
    })
    .toBe(QUIRK_ROWS);
  expect((await readStoreIn<CitizenRow>(sw, 'citizens')).filter((c) => c.name.includes('FALSK'))).toEqual([]);
  // The page's errors stay the page's: it threw plenty, we added none, and never called its fake chrome.runtime.
  await page.waitForTimeout(500);
  expect(pageErrors.filter((e) => e.includes('kaster')).length).toBeGreaterThan(3);
  expect(pageErrors.filter((e) => !e.includes('kaster'))).toEqual([]);
  const state = await page.evaluate(() => (window as unknown as { __quirk: { fakeSend?: boolean; messages: string[] } }).__quirk);
  expect(state.fakeSend).toBeUndefined();
  // Nor did we post the page's window anything its own message listeners could mistake for theirs.
  expect(state.messages).toEqual([]);
  await page.click('#ping');
  expect(await page.evaluate(() => (window as unknown as { __quirk: { clicks: number } }).__quirk.clicks)).toBe(1);
});

interface FloodResult {
  done: boolean;
  mutations: number;
  ticks: number;
  maxLag: number;
  lags: number[];
  longTasks: number[];
}

async function runFlood(page: Page, url: string): Promise<FloodResult> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __quirk?: { done: boolean } }).__quirk?.done === true, undefined, { timeout: 30_000, polling: 500 });
  return page.evaluate(() => (window as unknown as { __quirk: FloodResult }).__quirk);
}

test('a page flooding the DOM (10,000 changes a second for 10 s) stays responsive; the reader backs off and recovers', async ({ context, sw, urls }) => {
  test.setTimeout(90_000);
  // Without the extension first (an origin it does not touch), then with it, in the same browser.
  const without = await runFlood(await context.newPage(), `${STRANGER}/__quirks/flom`);
  const page = await context.newPage();
  const withExt = await runFlood(page, `${urls.health}/__quirks/flom`);
  console.log(`flood without extension: ${JSON.stringify({ ...without, lags: without.lags.length })}`);
  console.log(`flood with extension:    ${JSON.stringify({ ...withExt, lags: withExt.lags.length })}`);
  for (const r of [without, withExt]) expect(r.mutations).toBeGreaterThanOrEqual(95_000);
  // The extension adds no long task over 200 ms. (The heartbeat lag is logged, not asserted: on a shared 2-core
  // machine it measures the neighbours as much as the page.)
  expect(withExt.longTasks.filter((d) => d > 200)).toEqual([]);
  test.info().annotations.push({ type: 'flood', description: `max lag with ${Math.round(withExt.maxLag)} ms, without ${Math.round(without.maxLag)} ms; long tasks with ${JSON.stringify(withExt.longTasks)}, without ${JSON.stringify(without.longTasks)}` });

  // It read the page all the same, and once the flood is over it notices a real change within a few seconds.
  const rows = Array.from({ length: QUIRK_ROWS }, (_, i) => quirkCitizen(100 + i));
  await expect.poll(async () => (await readStoreIn<CitizenRow>(sw, 'citizens')).filter((c) => rows.some((r) => r.cpr === c.cpr)).length).toBe(QUIRK_ROWS);
  const late = quirkCitizen(500);
  await page.evaluate((c) => {
    const tr = document.createElement('tr');
    tr.dataset.recordId = c.id;
    for (const text of [c.name, c.cpr, c.born, '']) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
    document.querySelector('table.sp-table tbody')!.append(tr);
  }, late);
  await expect.poll(async () => (await readStoreIn<CitizenRow>(sw, 'citizens')).some((c) => c.cpr === late.cpr), { timeout: 10_000 }).toBe(true);
});

/**
 * Responsiveness of a page once its HTML is parsed: every long task that started after DOMContentLoaded (buffered, so
 * the content script's first read at document_idle is included), and the heartbeat lag over the next `ms`.
 */
async function idleResponsiveness(page: Page, ms: number) {
  return page.evaluate(
    (ms) =>
      new Promise<{ maxLag: number; longTasks: number[]; longTaskTotal: number }>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const longTasks: number[] = [];
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => {
            if (e.startTime >= nav.domContentLoadedEventEnd) longTasks.push(Math.round(e.duration));
          }),
        ).observe({ type: 'longtask', buffered: true });
        let maxLag = 0;
        let expected = performance.now() + 20;
        const end = performance.now() + ms;
        const beat = () => {
          const now = performance.now();
          maxLag = Math.max(maxLag, now - expected);
          expected = now + 20;
          if (now < end) setTimeout(beat, 20);
          else resolve({ maxLag: Math.round(maxLag), longTasks, longTaskTotal: longTasks.reduce((a, b) => a + b, 0) });
        };
        setTimeout(beat, 20);
      }),
    ms,
  );
}

/** The extension's share: long tasks with it, beyond what the same page has without it (layout of 300,000 nodes...). */
function extraLongTaskMs(withExt: { longTaskTotal: number }, without: { longTaskTotal: number }) {
  return withExt.longTaskTotal - without.longTaskTotal;
}

async function openHuge(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url, { timeout: 150_000, waitUntil: 'load' });
  return { page, loadMs: Date.now() - t0 };
}

/** Citizens of the quirk pages (surnames Quist, Quorning, Qvist, Quaade). */
const quirkCprs = async (sw: Worker) => (await readStoreIn<CitizenRow>(sw, 'citizens')).filter((c) => / (Quist|Quorning|Qvist|Quaade)$/.test(c.name)).map((c) => c.cpr);

test.describe('a 50 MB page', () => {
  test.describe.configure({ timeout: 300_000 });

  test('many rows: the reader backs off (reads nothing), nothing crashes, the page stays responsive', async ({ context, sw, urls }) => {
    const before = (await quirkCprs(sw)).length;
    const without = await openHuge(context, `${STRANGER}/__quirks/stor`);
    const baseline = await idleResponsiveness(without.page, 3000);
    await without.page.close();
    const { page, loadMs } = await openHuge(context, `${urls.health}/__quirks/stor`);
    expect(decodeURI(page.url())).toBe(`${urls.health}/borgere?quirk=stor-rækker`);
    const withExt = await idleResponsiveness(page, 4000);
    console.log(`50 MB rows: load ${loadMs} ms (without extension ${without.loadMs} ms); after parsing, with ${JSON.stringify(withExt)}, without ${JSON.stringify(baseline)}`);
    expect(extraLongTaskMs(withExt, baseline)).toBeLessThan(200);
    // No read: not one of its ~49,000 citizens reached the store.
    expect((await quirkCprs(sw)).length).toBe(before);
    // Alive: the page answers, the panel is there, the service worker answers.
    expect(await page.evaluate(() => document.querySelectorAll('tbody tr').length)).toBeGreaterThan(45_000);
    await panelFrame(page);
    expect(await sw.evaluate(() => 1)).toBe(1);
  });

  test('the same page at 1 MB is read: the size guard, not the adapter, is what stopped the big one', async ({ context, sw, urls }) => {
    const { page } = await openHuge(context, `${urls.health}/__quirks/stor?mb=1`);
    const rows = await page.evaluate(() => document.querySelectorAll('tbody tr').length);
    expect(rows).toBeGreaterThan(500);
    await expect.poll(async () => (await quirkCprs(sw)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  });

  test('50 MB of text in few elements: read without holding up the page', async ({ context, urls }) => {
    const without = await openHuge(context, `${STRANGER}/__quirks/stor?form=tekst`);
    const baseline = await idleResponsiveness(without.page, 3000);
    await without.page.close();
    const { page, loadMs } = await openHuge(context, `${urls.health}/__quirks/stor?form=tekst`);
    const withExt = await idleResponsiveness(page, 4000);
    console.log(`50 MB text: load ${loadMs} ms; after parsing, with ${JSON.stringify(withExt)}, without ${JSON.stringify(baseline)}`);
    expect(extraLongTaskMs(withExt, baseline)).toBeLessThan(200);
    await panelFrame(page);
  });
});
