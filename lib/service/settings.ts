import type { EnPlanDb } from '../db/schema';
import { Settings } from '../model';

const KEY = 'settings';

/** Settings live in the database so an export carries them and the options page and background agree. */
export async function loadSettings(db: EnPlanDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: EnPlanDb, settings: Settings) {
  await db.settings.put({ key: KEY, value: Settings.parse(settings) });
}
