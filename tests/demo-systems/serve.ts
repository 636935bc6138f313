/**
 * Starts the four demo case systems and the start page, each on its own port (own origin).
 *   import { startDemoSystems } from './tests/demo-systems/serve';   // Playwright global setup, demo script
 *   npx tsx tests/demo-systems/serve.ts [--citizens N] [--port-base N] [--today YYYY-MM-DD] [--seed S] [--rows N]
 */
import type http from 'node:http';
import { pathToFileURL } from 'node:url';
import { createServer as createAdult } from './adult/server';
import { createServer as createChildren } from './children/server';
import { buildDataset } from './data/dataset';
import type { Dataset } from './data/types';
import { createServer as createHealth } from './health/server';
import { createServer as createJob } from './job/server';
import { citizenPath } from './links';
import { DEMO_HOST, portBaseFromEnv, portsFor, type DemoServerKey } from './ports';
import { createServer as createStart } from './start/server';

export interface DemoSystemsOptions {
  /** Start page port; the systems use base+1..base+4. Default env DEMO_PORT_BASE or 4100. */
  portBase?: number;
  /** Generated fictional citizens on top of the personas (default 0). */
  citizens?: number;
  /** Reference day YYYY-MM-DD (default env DEMO_TODAY or the real current date). */
  today?: string;
  seed?: number | string;
  /** Efforts of the benchmark citizen "Test Stor" per system (default 1000). */
  largeRows?: number;
  /** SPA API delay in ms (default env DEMO_SPA_DELAY_MS or 300). */
  apiDelayMs?: number;
  /** Host name to listen on and to use in URLs (default env DEMO_HOST or "localhost"). */
  host?: string;
}

export interface DemoSystems {
  urls: Record<DemoServerKey, string>;
  dataset: Dataset;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(new Error(`demo-systems: cannot listen on ${host}:${port}: ${err.message}`));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startDemoSystems(opts: DemoSystemsOptions = {}): Promise<DemoSystems> {
  const host = opts.host ?? process.env.DEMO_HOST ?? DEMO_HOST;
  const ports = portsFor(opts.portBase ?? portBaseFromEnv());
  const dataset = buildDataset({
    ...(opts.today !== undefined ? { today: opts.today } : {}),
    citizens: opts.citizens ?? 0,
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.largeRows !== undefined ? { largeRows: opts.largeRows } : {}),
  });
  const urlOf = (port: number): string => `http://${host}:${port}`;
  const urls: Record<DemoServerKey, string> = {
    start: urlOf(ports.start), job: urlOf(ports.job), children: urlOf(ports.children), adult: urlOf(ports.adult), health: urlOf(ports.health),
  };
  const today = dataset.today;
  const servers: [DemoServerKey, http.Server][] = [
    ['start', createStart(dataset, { urls })],
    ['job', createJob(dataset.systems.job, { today })],
    ['children', createChildren(dataset.systems.children, { today })],
    ['adult', createAdult(dataset.systems.adult, { today })],
    ['health', createHealth(dataset.systems.health, { today, ...(opts.apiDelayMs !== undefined ? { apiDelayMs: opts.apiDelayMs } : {}) })],
  ];
  const close = async (): Promise<void> => {
    await Promise.all(servers.map(([, s]) => closeServer(s)));
  };
  try {
    for (const [key, server] of servers) await listen(server, ports[key], host);
  } catch (err) {
    await close();
    throw err;
  }
  return { urls, dataset, close };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq ? eq.slice(name.length + 1) : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const num = (name: string): number | undefined => {
    const v = argValue(args, name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number, got "${v}"`);
    return n;
  };
  const today = argValue(args, '--today');
  const seed = argValue(args, '--seed');
  const portBase = num('--port-base');
  const rows = num('--rows');
  const demo = await startDemoSystems({
    citizens: num('--citizens') ?? Number(process.env.DEMO_CITIZENS ?? 40),
    ...(portBase !== undefined ? { portBase } : {}),
    ...(today !== undefined ? { today } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(rows !== undefined ? { largeRows: rows } : {}),
  });
  const { urls, dataset } = demo;
  const counts = (['job', 'children', 'adult', 'health'] as const).map((k) => `${k} ${dataset.systems[k].citizens.length}`).join(', ');
  console.log(`Én plan demo systems (reference day ${dataset.today}; citizens: ${counts})`);
  console.log(`  Start page        ${urls.start}/`);
  console.log(`  JobSag            ${urls.job}/borgere`);
  console.log(`  BørneSag          ${urls.children}/soeg`);
  console.log(`  VoksenNet         ${urls.adult}/borgerliste`);
  console.log(`  SundhedsPortalen  ${urls.health}/`);
  for (const p of dataset.personas.filter((x) => !x.control)) {
    const links = (Object.entries(p.ids) as [keyof typeof p.ids, string][]).map(([k, id]) => `${urls[k]}${citizenPath(k, id)}`);
    console.log(`  ${p.name.padEnd(26)} ${links.join('  ')}`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = (): void => {
    void demo.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
