/**
 * Issue 7 point 1 in real Chromium: no <all_urls>; the content script runs only on configured case systems whose
 * origin the user granted; the store build starts with nothing granted and nothing registered.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath, extensionArgs } from './chromium';
import { expect, panelFrame, personas, personaUrl, test } from './fixtures';
import { DEMO_ORIGINS } from '../../lib/config/demo-origins';
import { STRANGER, STRANGER_PORT, evaluateInContentScript, htmlResponse, serve } from './security-helpers';

type Chrome = {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; allFrames?: boolean; runAt?: string }[]> };
  permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }>; contains(p: { origins: string[] }): Promise<boolean> };
  storage: { local: { set(v: unknown): Promise<void> } };
};

/**
 * The origins the content script is registered for: one script, in every frame from document_start; the reader is
 * not registered, the background injects it into a frame whose page has loaded (background/inject-reader.ts).
 */
async function registeredMatches(sw: Worker) {
  const scripts = await sw.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: [...(s.matches ?? [])].sort(), allFrames: s.allFrames, runAt: s.runAt })));
  if (!scripts.length) return [];
  expect(scripts.map(({ id, allFrames, runAt }) => ({ id, allFrames, runAt }))).toEqual([{ id: 'en-plan-panel', allFrames: true, runAt: 'document_start' }]);
  return scripts[0]!.matches;
}

async function hasPanel(page: Page, ms = 1500) {
  await page.waitForTimeout(ms);
  return page.evaluate(() => Boolean(document.querySelector('en-plan-panel')));
}

let stranger: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  stranger = await serve(STRANGER_PORT, (_req, res) =>
    htmlResponse(res, `<!doctype html><title>Anden side</title><header class="sp-patient"><h1 class="sp-patient-name">Jakob Kjær</h1></header>`),
  );
});
test.afterAll(async () => stranger?.close());

test('the demo build holds host access and a content script for the four demo systems only', async ({ sw }) => {
  const granted = await sw.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.getAll());
  expect([...(granted.origins ?? [])].sort()).toEqual(DEMO_ORIGINS.map((o) => `${o}/*`).sort());
  expect(granted.origins).not.toContain('<all_urls>');
  expect([...(granted.permissions ?? [])].sort()).toEqual(['alarms', 'scripting', 'storage', 'unlimitedStorage']);
  expect(await registeredMatches(sw)).toEqual(DEMO_ORIGINS.map((o) => `${o}/*`).sort());
});

test('a page of any other origin gets no content script and no panel', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${STRANGER}/`);
  expect(await hasPanel(page)).toBe(false);
  await expect(evaluateInContentScript(context, page, '1')).rejects.toThrow(/no content-script world/);
});

test('configuring an origin the user has not granted registers nothing for it', async ({ context, sw }) => {
  await sw.evaluate(async (origin) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    await c.storage.local.set({
      systems: [
        { origin: 'http://localhost:4104', adapterId: 'demo-sundhedsportalen' },
        { origin, adapterId: 'demo-sundhedsportalen' },
      ],
    });
  }, STRANGER);
  // The background re-registers on the storage change; give it the time it needs, then look.
  await expect.poll(() => registeredMatches(sw)).toEqual(['http://localhost:4104/*']);
  expect(await sw.evaluate((o) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: [`${o}/*`] }), STRANGER)).toBe(false);
  const page = await context.newPage();
  await page.goto(`${STRANGER}/`);
  expect(await hasPanel(page)).toBe(false);
});

test('removing a system stops the content script there at once; adding it back restores it', async ({ context, sw, urls }) => {
  const jakob = personas().jakob!;
  await sw.evaluate(async () => {
    await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ systems: [{ origin: 'http://localhost:4101', adapterId: 'demo-jobsag' }] });
  });
  await expect.poll(() => registeredMatches(sw)).toEqual(['http://localhost:4101/*']);
  const page = await context.newPage();
  await page.goto(personaUrl(urls, jakob, 'health'));
  expect(await hasPanel(page)).toBe(false);

  await sw.evaluate(async () => {
    await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ systems: [{ origin: 'http://localhost:4104', adapterId: 'demo-sundhedsportalen' }] });
  });
  await expect.poll(() => registeredMatches(sw)).toEqual(['http://localhost:4104/*']);
  await page.reload();
  const panel = await panelFrame(page);
  await expect(panel.getByTestId('citizen-name')).toHaveText('Jakob Kjær');
});

test.describe('the store build (npm run build:prod)', () => {
  let outDir = '';
  let context: BrowserContext;
  let sw: Worker;
  const ROOT = resolve(import.meta.dirname, '../..');

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    outDir = mkdtempSync(join(tmpdir(), 'en-plan-prod-'));
    writeFileSync(join(outDir, 'wxt.config.ts'), `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\nexport default { ...base, outDir: ${JSON.stringify(join(outDir, 'out'))} };\n`);
    execFileSync('npx', ['wxt', 'build', '-c', join(outDir, 'wxt.config.ts')], { cwd: ROOT, stdio: 'pipe', timeout: 150_000 });
    context = await chromium.launchPersistentContext(join(outDir, 'profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_FLAGS, ...extensionArgs(join(outDir, 'out', 'chrome-mv3'))],
    });
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  });
  test.afterAll(async () => {
    await context?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('starts with no host access, no content script, and no panel on the demo systems', async ({ urls }) => {
    const granted = await sw.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);
    // Give onInstalled its time to (not) register anything.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await registeredMatches(sw)).toEqual([]);
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().jakob!, 'health'));
    expect(await hasPanel(page)).toBe(false);
  });

  test('configuring a system without the user granting its origin (no gesture, no prompt) registers nothing', async ({ urls }) => {
    await sw.evaluate(async (origin) => {
      await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ systems: [{ origin, adapterId: 'demo-sundhedsportalen' }] });
    }, urls.health);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await registeredMatches(sw)).toEqual([]);
    const page = await context.newPage();
    await page.goto(personaUrl(urls, personas().jakob!, 'health'));
    expect(await hasPanel(page)).toBe(false);
  });
});
