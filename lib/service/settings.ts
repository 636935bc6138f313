import Dexie from 'dexie';
import type { EnPlanDb } from '../db/schema';
import { Settings } from '../model';

const KEY = 'settings';

/**
 * Every message the background handles reads the settings: kept in memory per database until a write to the
 * settings table commits (here, or in the options page: Dexie passes other pages' commits on over a BroadcastChannel).
 */
const cache = new WeakMap<EnPlanDb, Promise<Settings>>();
let generation = 0;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => /^idb:\/\/[^/]+\/settings\//.test(part))) generation++;
});
const generations = new WeakMap<EnPlanDb, number>();

/** Settings live in the database so an export carries them and the options page and background agree. */
export async function loadSettings(db: EnPlanDb): Promise<Settings> {
  let load = cache.get(db);
  if (!load || generations.get(db) !== generation) {
    const mine = readSettings(db);
    load = mine;
    cache.set(db, mine);
    generations.set(db, generation);
    mine.catch(() => cache.get(db) === mine && cache.delete(db));
  }
  // A copy: a caller changing its settings object must not change everyone's.
  return structuredClone(await load);
}

async function readSettings(db: EnPlanDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: EnPlanDb, settings: Settings) {
  await db.settings.put({ key: KEY, value: Settings.parse(settings) });
}
