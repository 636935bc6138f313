import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, VIEWPORT, chromiumPath } from '../e2e/chromium';
import { launchWithExtension } from '../e2e/fixtures';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_ID = 'hbejeibommobkpkgnfcffnpihahgembd';
/** The demo build has host permission only for 4101-4104: everything that needs the extension uses this base. */
export const EXT_PORT_BASE = 4100;
/** Measurements without the extension (extraction at several sizes) use their own ports. */
export const FREE_PORT_BASE = 4900;

export { median } from './stats';
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const ms = (x: number, digits = 1) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
export const fmtRatio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(3)}×` : 'n/a');

export function log(...args: unknown[]) {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

/** Every demo port the bench binds must be free: another e2e run or demo on them would skew every figure. */
export async function assertPortsFree(base: number) {
  for (let port = base; port <= base + 4; port++) {
    const free = await new Promise<boolean>((done) => {
      const s = createServer();
      s.once('error', () => done(false));
      s.listen(port, 'localhost', () => s.close(() => done(true)));
    });
    if (!free) throw new Error(`port ${port} is in use: run the bench when no e2e run or demo uses ${base}-${base + 4} (flock /tmp/en-plan-e2e.lock npm run bench)`);
  }
}

export interface Browsers {
  /** Same Chromium, same flags, same viewport; `ext` has the demo build loaded, `plain` has no extension. */
  ext: BrowserContext;
  /** `ext`'s service worker: the host bench turns the content script and the push on and off through it. */
  extWorker: Worker;
  plain: BrowserContext;
  close(): Promise<void>;
}

/** Exactly the flags the extension runs get (launchWithExtension), so the two browsers differ only by the extension. */
export const BENCH_FLAGS = CHROMIUM_FLAGS;

export async function launchPlain(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: BENCH_FLAGS,
  });
}

/** A fresh profile with the extension; the caller closes it (which also removes the profile). */
export async function launchExt(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'en-plan-bench-'));
  const { context } = await launchWithExtension(dir);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBoth(): Promise<Browsers> {
  const dirs = ['ext', 'plain'].map((arm) => mkdtempSync(join(tmpdir(), `en-plan-bench-${arm}-`)));
  const { context: ext, sw: extWorker } = await launchWithExtension(dirs[0]!);
  const plain = await launchPlain(dirs[1]!);
  return {
    ext,
    extWorker,
    plain,
    close: async () => {
      await Promise.all([ext.close(), plain.close()]);
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** The Test Stor page (the benchmark citizen with `largeRows` efforts) of each demo system. */
export function largePages(urls: Record<'job' | 'children' | 'adult' | 'health', string>) {
  return {
    job: `${urls.job}/borger/100006/indsatser?pr_side=5000`,
    children: `${urls.children}/sag/ramme?id=P2006&vis=indsatser`,
    adult: `${urls.adult}/borger/8005/ydelser`,
    health: `${urls.health}/borger/1005/forloeb`,
  } as const;
}
export const SYSTEMS = ['job', 'children', 'adult', 'health'] as const;
export type SystemKey = (typeof SYSTEMS)[number];
export const SYSTEM_NAMES: Record<SystemKey, string> = { job: 'JobSag', children: 'BørneSag', adult: 'VoksenNet', health: 'SundhedsPortalen' };

export const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** All CPUs' busy and total jiffies so far (Linux /proc/stat); undefined where there is none. */
function cpuJiffies(): { busy: number; total: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = sum(fields);
  // idle + iowait
  return { busy: total - fields[3]! - (fields[4] ?? 0), total };
}

/**
 * Waits until the machine's CPUs have been mostly idle for a moment (at most `maxMs`): the extension's worker may
 * still be storing the last page read while the next load of another browser starts, and on 2 cores that would be
 * counted against whichever browser loads next. Where CPU time cannot be read this is a plain pause.
 */
export async function waitForQuietCpu({ windowMs = 300, busyBelow = 0.15, maxMs = 5000 } = {}): Promise<void> {
  const started = Date.now();
  for (;;) {
    const a = cpuJiffies();
    await sleep(windowMs);
    const b = cpuJiffies();
    if (!a || !b) return;
    const share = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    if (share < busyBelow || Date.now() - started > maxMs) return;
  }
}
