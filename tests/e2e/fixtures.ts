import { test as base, chromium, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, VIEWPORT, chromiumPath, extensionArgs } from './chromium';
import { citizenPath } from '../demo-systems/links';
import type { PersonaEntry, SystemKey } from '../demo-systems/data/types';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');
export type DemoUrls = Record<'start' | 'job' | 'children' | 'adult' | 'health', string>;
export const demoUrls = (): DemoUrls => JSON.parse(process.env.DEMO_URLS ?? '{}') as DemoUrls;

export type Persona = PersonaEntry;
/** The demo personas by key (trine, martin, mie, pernille, jakob and the control citizens). */
export function personas(): Record<string, Persona> {
  const list = JSON.parse(process.env.DEMO_PERSONAS ?? '[]') as Persona[];
  return Object.fromEntries(list.map((p) => [p.key, p]));
}

/** A persona's main page in one demo system. */
export function personaUrl(urls: DemoUrls, persona: Persona, system: SystemKey): string {
  const id = persona.ids[system];
  if (!id) throw new Error(`${persona.name} has no record in ${system}`);
  return `${urls[system]}${citizenPath(system, id)}`;
}

export async function launchWithExtension(userDataDir: string): Promise<{ context: BrowserContext; sw: Worker }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_FLAGS, ...extensionArgs(EXTENSION_DIR)],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The content script is registered at run time; pages opened before that would stay unread.
  await sw.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    for (let i = 0; i < 200; i++) {
      if ((await scripting.getRegisteredContentScripts()).length) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('content script never registered');
  });
  return { context, sw };
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  urls: DemoUrls;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'en-plan-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const { context } = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => use(new URL(sw.url()).host),
  // eslint-disable-next-line no-empty-pattern
  urls: async ({}, use) => use(demoUrls()),
});
export const expect = test.expect;

/** The panel's frame. It sits in a closed shadow root, which Playwright's frame tree still reaches. */
export async function panelFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/panel.html'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('panel frame did not appear');
}

/** Reads a whole object store of the extension's database from the service worker (raw IndexedDB, no Dexie). */
export async function readStore<T = Record<string, unknown>>(sw: Worker, store: string): Promise<T[]> {
  return sw.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

export async function resetDemoSystems(urls: DemoUrls) {
  await Promise.all((['job', 'children', 'adult', 'health'] as const).map((k) => fetch(`${urls[k]}/__reset`, { method: 'POST' })));
}

/** Every frame the background holds as read, in every tab (each tab's context in storage.session). */
export function readFrames(sw: Worker): Promise<{ url: string; at?: string }[]> {
  return sw.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await storage.session.get(null);
    return Object.values(all).flatMap((ctx) => Object.values((ctx as { frames?: Record<string, { url: string; at?: string }> }).frames ?? {}));
  });
}

/**
 * Waits until the extension has read a page whose URL contains `fragment`. Late-loading apps render after `goto`
 * returns, so this is the honest signal.
 */
export async function waitUntilRead(sw: Worker, fragment: string, timeout = 10_000) {
  await expect
    .poll(async () => (await readFrames(sw)).map((f) => f.url), { timeout })
    .toContainEqual(expect.stringContaining(fragment));
}
