/** Builds the whole demo dataset for a reference day: personas first (stable ids), then "Test Stor", then the population. */
import { resolveToday } from '../shared/dates';
import { generatePopulation } from './generate';
import { addLargeCitizen } from './large';
import { makePeople } from './persona-people';
import { buildPersonas } from './personas';
import { addRegistrationsWithoutCpr } from './without-cpr';
import { fullName } from './records';
import { emptySystem, SYSTEM_KEYS, type Dataset, type SystemData, type SystemKey } from './types';

export interface DatasetOptions {
  /** Reference day YYYY-MM-DD; default env DEMO_TODAY or the real current date. */
  today?: string;
  /** Generated citizens added to the personas (default 0). */
  citizens?: number;
  seed?: number | string;
  /** Efforts on the benchmark citizen's page, per system (default 1000). */
  largeRows?: number;
}

export function buildDataset(opts: DatasetOptions = {}): Dataset {
  const today = resolveToday(opts.today);
  const systems = Object.fromEntries(SYSTEM_KEYS.map((k) => [k, emptySystem(k)])) as Record<SystemKey, SystemData>;
  const personas = buildPersonas(today, systems);
  const stor = makePeople(today)['stor'];
  if (!stor) throw new Error('missing benchmark person');
  const rows = opts.largeRows ?? 1000;
  const largeIds = addLargeCitizen(systems, stor, rows, today);
  addRegistrationsWithoutCpr(systems, personas, today);
  if ((opts.citizens ?? 0) > 0) generatePopulation({ citizens: opts.citizens ?? 0, seed: opts.seed ?? 42, today }, systems);
  return { today, systems, personas, large: { name: fullName(stor), rows, ids: largeIds } };
}
