import { browser } from 'wxt/browser';
import { ADAPTERS } from '../adapters/registry';
import { DEMO_ORIGINS } from './demo-origins';
import { storageMemo } from '../service/storage-memo';

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

// Every message from a page is checked against this list first (entrypoints/background/router.ts).
const stored = storageMemo('local', KEY, (value) => (value as SystemConfig[] | undefined) ?? defaultSystems(import.meta.env.MODE));

export const configuredSystems = (): Promise<SystemConfig[]> => stored.get();
/** The same, read from storage: for a listener of its changes (storage-memo.ts). */
export const storedSystems = (): Promise<SystemConfig[]> => stored.fresh();

export async function saveSystems(systems: SystemConfig[]) {
  await browser.storage.local.set({ [KEY]: systems });
  stored.wrote(systems);
}
