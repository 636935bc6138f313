import { buildDataset } from '../demo-systems/data/dataset';
import { SYSTEM_KEYS, type SystemKey } from '../demo-systems/data/types';
import { expect, panelFrame, personas, readStore, test, waitUntilRead } from './fixtures';
import { personaPages } from './persona-pages';

/** The adapter ids' system names for the four demo systems. */
const SYSTEM_NAME: Record<SystemKey, string> = { job: 'jobsag', children: 'boernesag', adult: 'voksennet', health: 'sundhedsportalen' };
const KINDS = ['case', 'effort', 'request', 'document', 'meeting', 'plan'] as const;
const LISTS = { case: 'cases', effort: 'efforts', request: 'requests', document: 'documents', meeting: 'meetings', plan: 'plans' } as const;

/** What the demo systems hold for a persona: system|kind|native id, straight from the systems' own data. */
function expectedKeys(personaKey: string): string[] {
  const dataset = buildDataset({ today: process.env.DEMO_TODAY });
  const persona = dataset.personas.find((p) => p.key === personaKey)!;
  const keys: string[] = [];
  for (const system of SYSTEM_KEYS) {
    const citizenId = persona.ids[system];
    if (!citizenId) continue;
    const data = dataset.systems[system];
    for (const kind of KINDS) {
      for (const r of data[LISTS[kind]] as { id: string; citizenId: string }[]) {
        if (r.citizenId === citizenId) keys.push(`${SYSTEM_NAME[system]}|${kind}|${r.id}`);
      }
    }
  }
  return keys.sort();
}

for (const key of ['trine', 'martin', 'mie', 'pernille', 'jakob', 'soeren', 'aisha']) {
  test(`${key}: visiting every page in every system stores exactly the systems' records`, async ({ context, sw, urls }) => {
    const persona = personas()[key]!;
    const page = await context.newPage();
    for (const system of SYSTEM_KEYS) {
      const id = persona.ids[system];
      if (!id) continue;
      for (const path of personaPages(system, id)) {
        await page.goto(`${urls[system]}${path}`);
        // BørneSag shows the case in an iframe: that inner page is the one read.
        const view = /vis=(\w+)/.exec(path)?.[1];
        await waitUntilRead(sw, view ? `/sag/indhold/${view}` : path);
        const panel = await panelFrame(page);
        await expect(panel.getByTestId('citizen-name')).toHaveText(persona.name);
      }
    }
    const want = expectedKeys(key);
    type Row = { key: string; citizenCpr: string; kind: string; stale: number };
    const stored = async () =>
      (await readStore<Row>(sw, 'records'))
        .filter((r) => r.citizenCpr === persona.cpr && r.kind !== 'citizen' && r.kind !== 'contact')
        .map((r) => r.key)
        .sort();
    await expect.poll(stored, { timeout: 10_000 }).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });
}
