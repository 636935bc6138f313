/**
 * Ports of the demo case systems. Each system is its own origin (own port on localhost).
 * Override the base with env DEMO_PORT_BASE (default 4100): start = base, job = base+1, ... health = base+4.
 */
export const DEFAULT_PORT_BASE = 4100;

export const SYSTEM_OFFSETS = { start: 0, job: 1, children: 2, adult: 3, health: 4 } as const;
export type DemoServerKey = keyof typeof SYSTEM_OFFSETS;

export const DEMO_HOST = 'localhost';

export function portBaseFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DEMO_PORT_BASE;
  if (raw === undefined || raw === '') return DEFAULT_PORT_BASE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65530) throw new Error(`DEMO_PORT_BASE must be a port number, got "${raw}"`);
  return n;
}

export function portsFor(base: number): Record<DemoServerKey, number> {
  return {
    start: base + SYSTEM_OFFSETS.start,
    job: base + SYSTEM_OFFSETS.job,
    children: base + SYSTEM_OFFSETS.children,
    adult: base + SYSTEM_OFFSETS.adult,
    health: base + SYSTEM_OFFSETS.health,
  };
}

export function urlsFor(base: number, host: string = DEMO_HOST): Record<DemoServerKey, string> {
  const p = portsFor(base);
  return {
    start: `http://${host}:${p.start}`,
    job: `http://${host}:${p.job}`,
    children: `http://${host}:${p.children}`,
    adult: `http://${host}:${p.adult}`,
    health: `http://${host}:${p.health}`,
  };
}

const BASE = portBaseFromEnv();
export const PORTS = portsFor(BASE);
export const START_PORT = PORTS.start;
export const JOB_PORT = PORTS.job;
export const CHILDREN_PORT = PORTS.children;
export const ADULT_PORT = PORTS.adult;
export const HEALTH_PORT = PORTS.health;
export const DEMO_URLS = urlsFor(BASE);
