/**
 * Who can talk to the background, in real Chromium with the real extension (SECURITY.md, "Attacks tried").
 * Senders that a page cannot forge in a real browser (look-alike ids, file:/data: senders, no sender at all) are
 * tried against the router itself in tests/unit/router-sender.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';
import { EXTENSION_DIR, expect, panelFrame, personas, personaUrl, test } from './fixtures';
import {
  EXTENSION_ID,
  STRANGER,
  STRANGER_PORT,
  evaluateInContentScript,
  htmlResponse,
  readStoreIn,
  rejectionsIn,
  serve,
  type AuditEntry,
} from './security-helpers';

const STATIC_PANEL = `chrome-extension://${EXTENSION_ID}/panel.html`;

let stranger: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  // The stranger frames whatever URL it is given: ?src=...
  stranger = await serve(STRANGER_PORT, (req, res) => {
    const src = new URL(req.url ?? '/', STRANGER).searchParams.get('src') ?? STATIC_PANEL;
    htmlResponse(res, `<!doctype html><title>Fremmed side</title><h1>Fremmed side</h1><iframe id="f" src="${src.replace(/"/g, '&quot;')}"></iframe>`);
  });
});
test.afterAll(async () => stranger?.close());

/** The panel's per-session address, as only our content script knows it (use_dynamic_url). */
async function dynamicPanelUrl(context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page) {
  return evaluateInContentScript<string>(context, page, `chrome.runtime.getURL('/panel.html')`);
}

test.describe('the host page cannot reach the background', () => {
  test('a case-system page has no runtime for our id and cannot fetch our files', async ({ context, urls }) => {
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().jakob!, 'health'));
    await panelFrame(page);
    const tried = await page.evaluate(async (id) => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } };
      const out: Record<string, unknown> = { runtime: typeof w.chrome?.runtime };
      try {
        (w.chrome!.runtime!.sendMessage as (id: string, m: unknown) => void)(id, { type: 'panel:view' });
        out.send = 'sent';
      } catch (e) {
        out.send = String(e);
      }
      for (const path of ['panel.html', 'manifest.json', 'background.js']) {
        try {
          const r = await fetch(`chrome-extension://${id}/${path}`);
          out[path] = `status ${r.status}`;
        } catch (e) {
          out[path] = `blocked: ${(e as Error).name}`;
        }
      }
      return out;
    }, EXTENSION_ID);
    // No externally_connectable: the page world gets no chrome.runtime at all.
    expect(tried.runtime).toBe('undefined');
    expect(tried.send).toMatch(/TypeError/);
    // Not even the panel's static URL: use_dynamic_url hides it, so a page cannot detect the extension this way.
    expect(tried['panel.html']).toMatch(/^blocked/);
    expect(tried['manifest.json']).toMatch(/^blocked/);
    expect(tried['background.js']).toMatch(/^blocked/);
  });

  test('the page cannot read the panel: closed shadow root, cross-origin frame, no CPR in the page', async ({ context, urls }) => {
    const jakob = personas().jakob!;
    const page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, 'health'));
    const panel = await panelFrame(page);
    await expect(panel.getByTestId('citizen-name')).toHaveText('Jakob Kjær');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('en-plan-panel');
      const frames = Array.from({ length: window.frames.length }, (_, i) => {
        try {
          return window.frames[i]!.document.body.innerText;
        } catch (e) {
          return `blocked: ${(e as Error).name}`;
        }
      });
      return { shadowRoot: host?.shadowRoot ?? null, iframesInDocument: document.querySelectorAll('iframe').length, frames, attrs: host ? Array.from(host.attributes).map((a) => a.name) : [] };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.iframesInDocument).toBe(0);
    for (const f of seen.frames) expect(f).toMatch(/^blocked/);
    expect(seen.attrs).toEqual([]);
  });

  test("a stranger's page cannot frame the panel; nor can a case system frame it by its static address", async ({ context, urls, sw }) => {
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await page.goto(`${STRANGER}/`);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed?.url()).not.toContain('panel.html');
    expect(consoleLines.join('\n')).toMatch(/Denying load of chrome-extension:\/\/hbejeibommobkpkgnfcffnpihahgembd\/panel\.html/);

    // Even a configured system's page (say one with an XSS hole) cannot use the static address.
    const sys = await context.newPage();
    await sys.goto(personaUrl(urls, personas().jakob!, 'health'));
    await panelFrame(sys);
    await sys.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'forged';
      f.src = src;
      document.body.append(f);
    }, STATIC_PANEL);
    await sys.waitForTimeout(500);
    expect(sys.frames().filter((f) => f.url().endsWith('/panel.html'))).toHaveLength(1);
    // Nothing reached the background from either attempt.
    expect(await rejectionsIn(sw)).toEqual([]);
  });

  test('the panel framed where it should not be, with its real per-session address: answered with nothing, logged', async ({ context, urls, sw }) => {
    const jakob = personas().jakob!;
    const page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, 'health'));
    await panelFrame(page);
    const dynamicUrl = await dynamicPanelUrl(context, page);
    expect(dynamicUrl).not.toContain(EXTENSION_ID);

    // 1. A stranger origin that somehow learned the address: the browser still refuses (not in matches).
    const evil = await context.newPage();
    await evil.goto(`${STRANGER}/?src=${encodeURIComponent(dynamicUrl)}`);
    await evil.waitForTimeout(500);
    const evilFrames = evil.frames().filter((f) => f !== evil.mainFrame());
    expect(evilFrames.map((f) => f.url())).toEqual(['chrome-error://chromewebdata/']);

    // 2. A page the manifest lets frame the panel but the user has REMOVED from the configured systems (a wrong link,
    //    a system taken out of use): the panel loads there, but the background answers it nothing and logs it.
    await sw.evaluate(async () => {
      const { storage, scripting } = (globalThis as unknown as {
        chrome: { storage: { local: { set(v: unknown): Promise<void> } }; scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
      }).chrome;
      await storage.local.set({ systems: [{ origin: 'http://localhost:4104', adapterId: 'demo-sundhedsportalen' }] });
      // The background re-registers the content script for the remaining system.
      for (let i = 0; i < 100; i++) {
        const matches = (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
        if (!matches.includes('http://localhost:4103/*')) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('content script still registered for 4103');
    });
    const removed = await context.newPage();
    await removed.goto(`${urls.adult}/borgerliste`);
    await removed.waitForTimeout(300);
    expect(await removed.evaluate(() => document.querySelector('en-plan-panel'))).toBeNull();
    const viewsBefore = (await readStoreIn<AuditEntry>(sw, 'audit')).filter((a) => a.action === 'view').length;
    await removed.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.width = '400px';
      f.style.height = '600px';
      document.body.append(f);
    }, dynamicUrl);
    const framed = await panelFrame(removed);
    await expect.poll(async () => (await rejectionsIn(sw)).map((r) => r.detail)).toContainEqual(expect.stringContaining(`extension frame inside unexpected page ${urls.adult}`));
    await framed.waitForTimeout(300);
    await expect(framed.getByTestId('citizen-name')).toHaveCount(0);
    expect(await framed.evaluate(() => document.body.innerText)).not.toMatch(/Jakob|Kjær|\d{6}-/);
    // No view was logged for anybody from that frame: nobody's data was looked up.
    expect((await readStoreIn<AuditEntry>(sw, 'audit')).filter((a) => a.action === 'view')).toHaveLength(viewsBefore);
  });
});

test.describe('a content script speaking out of turn', () => {
  test('messages of the wrong shape, or meant for extension pages, are dropped and logged', async ({ context, urls, sw }) => {
    const jakob = personas().jakob!;
    const page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, 'health'));
    const panel = await panelFrame(page);
    await expect(panel.getByTestId('citizen-name')).toHaveText('Jakob Kjær');
    const answers = await evaluateInContentScript<unknown[]>(
      context,
      page,
      `(async () => {
        const send = (m) => chrome.runtime.sendMessage(m).then((r) => ({ answer: r ?? 'nothing' }), (e) => ({ error: String(e.message || e) }));
        return [
          await send({ type: 'drop-tables' }),
          await send({ type: 'page-none' }),
          await send({ type: 'precheck', system: 'sundhedsportalen', infoTypeLabel: 'x'.repeat(5000) }),
          await send({ type: 'panel:view', cpr: ${JSON.stringify(jakob.cpr)} }),
          await send({ type: 'panel:print', cpr: ${JSON.stringify(jakob.cpr)} }),
          await send({ type: 'panel:open-source', url: 'https://evil.example/' }),
          await send('just a string'),
          await send({ type: 'page-report', frameUrl: location.href, report: { system: 'jobsag', records: [] } }),
        ];
      })()`,
    );
    // Seven dropped without an answer; the forged report is refused with an error.
    expect(answers.slice(0, 7)).toEqual(Array.from({ length: 7 }, () => ({ answer: 'nothing' })));
    // Refused with its reason (the polyfill hands a rejection back as an object to a raw chrome.* caller).
    expect(JSON.stringify(answers[7])).toMatch(/malformed page report/);
    await expect
      .poll(async () => (await rejectionsIn(sw)).map((r) => r.detail))
      .toEqual([
        ...Array.from({ length: 7 }, () => `invalid content message from ${urls.health}`),
        expect.stringMatching(/^page report from http:\/\/localhost:4104 refused/),
      ]);
    // The content script learnt nothing: no print tab opened, no tab to evil.example.
    expect(context.pages().map((p) => p.url()).filter((u) => u.includes('print.html') || u.includes('evil.example'))).toEqual([]);
  });

  test("what the background answers a content script holds no citizen data (the page can see it)", async ({ context, urls }) => {
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().trine!, 'health'));
    await panelFrame(page);
    const answer = await evaluateInContentScript<unknown>(
      context,
      page,
      `chrome.runtime.sendMessage({ type: 'precheck', system: 'sundhedsportalen', infoTypeLabel: 'Statusattest fra egen læge (LÆ 125)' })`,
    );
    expect(answer).toEqual({ blocking: expect.any(Boolean) });
  });
});

test('another extension cannot message ours, connect to it, or load its pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'en-plan-other-ext-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'en-plan-e2e-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Nysgerrig nabo', version: '1.0', background: { service_worker: 'bg.js' } }));
  writeFileSync(
    join(dir, 'bg.js'),
    `globalThis.probe = async (id) => {
      const out = {};
      try { out.send = { answer: await chrome.runtime.sendMessage(id, { type: 'panel:view' }) }; } catch (e) { out.send = { error: String(e.message) }; }
      try { out.sendContent = { answer: await chrome.runtime.sendMessage(id, { type: 'page-none', frameUrl: 'x' }) }; } catch (e) { out.sendContent = { error: String(e.message) }; }
      out.connect = await new Promise((resolve) => {
        const port = chrome.runtime.connect(id);
        port.onDisconnect.addListener(() => resolve({ disconnected: chrome.runtime.lastError?.message ?? 'yes' }));
        setTimeout(() => resolve({ open: true }), 1500);
      });
      for (const p of ['panel.html', 'manifest.json']) {
        try { out[p] = 'status ' + (await fetch('chrome-extension://' + id + '/' + p)).status; } catch (e) { out[p] = 'blocked: ' + e.name; }
      }
      return out;
    };`,
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR},${dir}`, `--load-extension=${EXTENSION_DIR},${dir}`],
  });
  try {
    const findWorker = async (host: string) => {
      for (let i = 0; i < 100; i++) {
        const w = context.serviceWorkers().find((s) => (host ? new URL(s.url()).host === host : new URL(s.url()).host !== EXTENSION_ID));
        if (w) return w;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no service worker ${host || '(other)'}`);
    };
    const ours = await findWorker(EXTENSION_ID);
    const other = await findWorker('');
    const result = await other.evaluate((id) => (globalThis as unknown as { probe(id: string): Promise<Record<string, unknown>> }).probe(id), EXTENSION_ID);
    // Our background listens to onMessage only; messages from other extensions go to onMessageExternal: nobody home.
    expect(result.send).toEqual({ error: expect.stringMatching(/Receiving end does not exist|Could not establish connection/) });
    expect(result.sendContent).toEqual({ error: expect.stringMatching(/Receiving end does not exist|Could not establish connection/) });
    expect(result.connect).toEqual({ disconnected: expect.any(String) });
    expect(result['panel.html']).toMatch(/^blocked/);
    expect(result['manifest.json']).toMatch(/^blocked/);
    // Nothing arrived, so nothing to log either.
    expect(await rejectionsIn(ours)).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('an extension page opened from a stranger link gets no data about a citizen it names', async ({ context, sw }) => {
  // A "wrong link": someone sends chrome-extension://<id>/panel.html?cpr=... Our pages opened as tabs are trusted
  // (they are the extension's), but the top-level navigation from a web page is refused by the browser.
  const page = await context.newPage();
  await page.goto(`${STRANGER}/`);
  const navigated = await page
    .evaluate((url) => {
      location.href = url;
      return 'navigating';
    }, `${STATIC_PANEL}?cpr=${personas().trine!.cpr}`)
    .catch((e: Error) => e.message);
  await page.waitForTimeout(500);
  expect(navigated).toBeTruthy();
  expect(page.url()).not.toMatch(/^chrome-extension:.*panel\.html/);
  expect((await readStoreIn<AuditEntry>(sw, 'audit')).filter((a) => a.action === 'view')).toEqual([]);
});
