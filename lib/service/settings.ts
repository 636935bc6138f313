import type { EnPlanDb } from '../db/schema';
import { Settings } from '../model';
import { generationalCache } from './generational-cache';

const KEY = 'settings';

/**
 * Read on nearly every message (a view, a first view, a check before a request is sent): kept in memory until the
 * settings are written, here or in another of the extension's pages (generational-cache.ts).
 */
const cached = generationalCache<Settings>({ stale: (part) => /^idb:\/\/[^/]+\/settings\//.test(part), maxEntries: 1, maxSize: 1, sizeOf: () => 1 });

/** Settings live in the database so an export carries them and the options page and background agree. */
export async function loadSettings(db: EnPlanDb): Promise<Settings> {
  // A copy each time: a caller that changes its settings must not change everyone's.
  return structuredClone(await cached(db, KEY, () => readSettings(db)));
}

async function readSettings(db: EnPlanDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: EnPlanDb, settings: Settings) {
  await db.settings.put({ key: KEY, value: Settings.parse(settings) });
}
