/**
 * What the demo systems hold for a persona, straight from the demo data (not from the extension): the independent
 * answer the panel tests compare against. Built for the same reference day as the running systems.
 */
import { buildDataset } from '../demo-systems/data/dataset';
import type { Dataset, SystemKey } from '../demo-systems/data/types';

let cached: Dataset | undefined;
export function dataset(): Dataset {
  cached ??= buildDataset({ citizens: 0 });
  return cached;
}

export interface Expected {
  /** Timeline records (cases, efforts, requests, documents, meetings, plans) of the persona in the system. */
  records: number;
  effortTitles: string[];
  /** Names of the persona's contacts and of everyone responsible for their records. */
  people: string[];
}

export function expectedIn(system: SystemKey, citizenId: string): Expected {
  const s = dataset().systems[system];
  const mine = <T extends { citizenId: string }>(list: T[]) => list.filter((r) => r.citizenId === citizenId);
  const all = [...mine(s.cases), ...mine(s.efforts), ...mine(s.requests), ...mine(s.documents), ...mine(s.meetings), ...mine(s.plans)];
  const citizen = s.citizens.find((c) => c.id === citizenId);
  return {
    records: all.length,
    effortTitles: mine(s.efforts).map((e) => e.title),
    people: [...new Set([...(citizen?.contacts ?? []).map((w) => w.name), ...all.map((r) => r.responsible.name)])],
  };
}
