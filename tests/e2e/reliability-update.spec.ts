/**
 * Issue 7 point 7: an extension update that changes the database schema keeps every row. The installed build is a
 * copy of the demo build; the "next version" is the same source built with a bumped version number and one more
 * schema version (a new index plus an upgrade that touches every citizen row), injected at build time by a Vite
 * plugin, the way a real release would append lib/db/schema-vN.ts. Same profile, same extension folder, relaunched:
 * exactly what Chrome does when an unpacked extension is updated in place.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, VIEWPORT, chromiumPath, extensionArgs } from './chromium';
import { EXTENSION_DIR, expect, panelFrame, personas, personaUrl, test } from './fixtures';
import { EXTENSION_ID } from './security-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const NEXT_VERSION = '99.0.0';

/** The test's next release: schema N+1 = a new index on citizens.lastSeen and an upgrade stamping every citizen. */
const CONFIG = (outDir: string) => `
import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};
const RE = /export const SCHEMA_VERSIONS: readonly SchemaVersion\\[\\] = (\\[[^\\]]*\\]);/;
const nextSchema = {
  name: 'en-plan-test-next-schema',
  enforce: 'pre',
  transform(code, id) {
    if (!id.replace(/\\\\/g, '/').endsWith('/lib/db/schema.ts')) return null;
    if (!RE.test(code)) throw new Error('schema.ts no longer declares SCHEMA_VERSIONS as this test expects');
    return code.replace(RE, (_m, list) => \`const __released: readonly SchemaVersion[] = \${list};
const __last = __released[__released.length - 1]!;
const __citizens = [...__released].reverse().find((v) => v.stores.citizens)!.stores.citizens!;
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [...__released, {
  version: __last.version + 1,
  stores: { citizens: __citizens + ', upgradedBy' },
  upgrade: (tx) => tx.table('citizens').toCollection().modify((row: Record<string, unknown>) => { row.upgradedBy = 'test-next-version'; }),
}];\`);
  },
};
export default {
  ...base,
  outDir: ${JSON.stringify(outDir)},
  manifest: (env) => ({ ...base.manifest(env), version: ${JSON.stringify(NEXT_VERSION)} }),
  vite: (env) => {
    const v = base.vite(env);
    return { ...v, plugins: [...(v.plugins ?? []), nextSchema] };
  },
};
`;

type Dump = Record<string, { version: number; indexes: string[]; rows: unknown[] }>;

/** Every object store: its indexes and rows, read with raw IndexedDB from an extension page. */
async function dumpStore(page: Page): Promise<{ version: number; stores: Dump }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: Dump }>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const stores: Dump = {};
          for (const name of Array.from(db.objectStoreNames)) {
            const tx = db.transaction(name, 'readonly');
            const store = tx.objectStore(name);
            const rows = await new Promise<unknown[]>((res, rej) => {
              const req = store.getAll();
              req.onsuccess = () => res(req.result);
              req.onerror = () => rej(req.error);
            });
            stores[name] = { version: db.version, indexes: Array.from(store.indexNames).sort(), rows };
          }
          resolve({ version: db.version, stores });
          db.close();
        };
      }),
  );
}

async function launch(profile: string, extDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_FLAGS, ...extensionArgs(extDir)],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    for (let i = 0; i < 200 && !(await scripting.getRegisteredContentScripts()).length; i++) await new Promise((r) => setTimeout(r, 25));
  });
  return context;
}

test('an update with a schema change keeps every row, and the new version works on the old data', async ({ urls }) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'en-plan-update-'));
  const extDir = join(work, 'extension');
  const profile = join(work, 'profile');
  try {
    // The installed version: today's demo build.
    cpSync(EXTENSION_DIR, extDir, { recursive: true });
    const oldVersion = (JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as { version: string }).version;
    // The next version, built while the old one is in use.
    writeFileSync(join(work, 'wxt.config.ts'), CONFIG(join(work, 'next')));
    const building = promisify(execFile)('npx', ['wxt', 'build', '--mode', 'demo', '-c', join(work, 'wxt.config.ts')], { cwd: ROOT, timeout: 150_000 });
    building.catch(() => undefined); // awaited below; no unhandled rejection meanwhile

    // 1. Use the installed version: read Trine in three systems, make her plan.
    const trine = personas().trine!;
    let context = await launch(profile, extDir);
    for (const system of ['health', 'job', 'adult'] as const) {
      const page = await context.newPage();
      await page.goto(personaUrl(urls, trine, system));
      await expect((await panelFrame(page)).getByTestId('citizen-name')).toHaveText('Trine Hansen');
      await page.close();
    }
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const created = await options.evaluate(
      (cpr) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'panel:plan-create', citizens: [cpr] }),
      trine.cpr,
    );
    expect(created).toMatchObject({ ok: true });
    await expect.poll(async () => (await dumpStore(options)).stores.records?.rows.length ?? 0).toBeGreaterThan(5);
    await options.waitForTimeout(1500); // let flag detection and the audit settle
    const before = await dumpStore(options);
    await context.close();

    // 2. The update: same folder, new files, relaunch on the same profile.
    await building;
    rmSync(extDir, { recursive: true, force: true });
    cpSync(join(work, 'next', 'chrome-mv3-demo'), extDir, { recursive: true });
    context = await launch(profile, extDir);
    const sw = context.serviceWorkers()[0]!;
    expect(await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(NEXT_VERSION);
    expect(NEXT_VERSION).not.toBe(oldVersion);

    // The new version opens the database (the upgrade runs) as soon as it is used.
    const page = await context.newPage();
    await page.goto(personaUrl(urls, trine, 'health'));
    await expect((await panelFrame(page)).getByTestId('citizen-name')).toHaveText('Trine Hansen');
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect.poll(async () => (await dumpStore(reader)).version).toBe(before.version + 10);
    const after = await dumpStore(reader);

    // Every store, every row kept. Rows may only have moved forward (lastSeen, new audit entries, the stamp).
    expect(Object.keys(after.stores).sort()).toEqual(Object.keys(before.stores).sort());
    for (const [name, { rows }] of Object.entries(before.stores)) {
      const now = after.stores[name]!.rows;
      expect(now.length, name).toBeGreaterThanOrEqual(rows.length);
    }
    const keyOf = (r: unknown) => JSON.stringify((r as { key?: unknown; cpr?: unknown; id?: unknown }).key ?? (r as { cpr?: unknown }).cpr ?? (r as { id?: unknown }).id);
    for (const name of ['records', 'citizens', 'plans', 'audit', 'families', 'flags', 'consents']) {
      const have = new Set(after.stores[name]!.rows.map(keyOf));
      const lost = before.stores[name]!.rows.map(keyOf).filter((k) => !have.has(k));
      expect(lost, `${name} rows lost in the update`).toEqual([]);
    }
    // Record content is untouched by the upgrade.
    const recordsBefore = new Map(before.stores.records!.rows.map((r) => [keyOf(r), JSON.stringify((r as { record: unknown }).record)]));
    for (const r of after.stores.records!.rows) {
      const was = recordsBefore.get(keyOf(r));
      if (was) expect(JSON.stringify((r as { record: unknown }).record)).toBe(was);
    }
    // The schema change itself: the new index exists and the upgrade touched every citizen.
    expect(after.stores.citizens!.indexes).toContain('upgradedBy');
    const oldCprs = new Set(before.stores.citizens!.rows.map((c) => (c as { cpr: string }).cpr));
    const upgraded = after.stores.citizens!.rows.filter((c) => oldCprs.has((c as { cpr: string }).cpr));
    expect(upgraded.length).toBe(oldCprs.size);
    expect(upgraded.every((c) => (c as { upgradedBy?: string }).upgradedBy === 'test-next-version')).toBe(true);
    // The plan made in the old version is still hers.
    expect(after.stores.plans!.rows).toEqual(before.stores.plans!.rows);
    await context.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
