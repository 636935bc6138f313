import { browser } from 'wxt/browser';
import { ADAPTERS } from '../adapters/registry';
import { DEMO_ORIGINS } from './demo-origins';

/** A case system the user has set up: which origin, read by which adapter. */
export interface SystemConfig {
  origin: string;
  adapterId: string;
}

const KEY = 'systems';

/** The demo/test build comes with the demo systems configured; a production build starts empty. */
export function defaultSystems(mode: string): SystemConfig[] {
  if (mode !== 'demo') return [];
  return ADAPTERS.filter((a) => a.origins.some((o) => DEMO_ORIGINS.includes(o))).map((a) => ({ origin: a.origins[0]!, adapterId: a.id }));
}

export async function configuredSystems(): Promise<SystemConfig[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as SystemConfig[] | undefined;
  return stored ?? defaultSystems(import.meta.env.MODE);
}

export async function saveSystems(systems: SystemConfig[]) {
  await browser.storage.local.set({ [KEY]: systems });
}
