/** The benchmark citizen "Test Stor": one person with `rows` efforts in every system (a very long list page). */
import { addDays } from '../shared/dates';
import { CATALOG } from './catalog';
import { addCitizen, addEffort } from './records';
import type { Person, SystemData, SystemKey } from './types';
import { workerPool } from './workers';

export function addLargeCitizen(systems: Record<SystemKey, SystemData>, person: Person, rows: number, today: string): Record<SystemKey, string> {
  const ids = {} as Record<SystemKey, string>;
  for (const key of ['job', 'children', 'adult', 'health'] as const) {
    const sys = systems[key];
    const pool = workerPool(key);
    const c = addCitizen(sys, person, { contacts: pool.slice(0, 2), info: [['Bemærkning', `Testborger med ${rows} indsatser på én side`]], ...(key === 'children' ? { familyRole: 'parent' as const } : {}) });
    const types = CATALOG[key].effortTypes;
    for (let i = 0; i < rows; i++) {
      const t = types[i % types.length];
      const w = pool[i % pool.length];
      if (!t || !w) continue;
      const start = -2000 + i * 2;
      addEffort(sys, c, {
        type: t.code,
        title: `${t.title} #${i + 1}`,
        status: start + 60 < 0 ? 'closed' : 'active',
        start: addDays(today, start),
        end: addDays(today, start + 60),
        goal: `Testmål nummer ${i + 1}`,
        responsible: w,
      });
    }
    ids[key] = c.id;
  }
  return ids;
}
