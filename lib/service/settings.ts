import type { EnPlanDb } from '../db/schema';
import type { SettingRow } from '../db/rows';
import { Settings } from '../model';
import { generationalCache } from './generational-cache';

const KEY = 'settings';

/** Settings live in the database so an export carries them and the options page and background agree. */
export async function loadSettings(db: EnPlanDb): Promise<Settings> {
  return parseSettings(await db.settings.get(KEY));
}

const cached = generationalCache<SettingRow | undefined>({ stale: (part) => /^idb:\/\/[^/]+\/settings\//.test(part), maxEntries: 1, maxSize: 1, sizeOf: () => 0 });

/**
 * The same, kept in memory until the settings are written (from another context, that news comes a moment later):
 * for the first view, which has 20-30 ms before the host page's first layout (lib/service/first-view.ts).
 */
export async function cachedSettings(db: EnPlanDb): Promise<Settings> {
  return parseSettings(await cached(db, KEY, () => db.settings.get(KEY)));
}

function parseSettings(row: SettingRow | undefined): Settings {
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: EnPlanDb, settings: Settings) {
  await db.settings.put({ key: KEY, value: Settings.parse(settings) });
}
