import type { CaseworkRecord, RecordStatus } from '../model/record';
import type { Sector } from '../model/sector';
import { rng } from '../link/noisy-dataset';
import { INFO_TYPE_IDS } from '../taxonomy/info-types';
import { EFFORT_CATEGORY_IDS } from '../taxonomy/effort-categories';
import { addDays } from './dates';

/**
 * A seeded population of fictional, already-linked citizens for scale runs: every record kind, statuses and
 * dates spread so that each rule has work to do (and some flags to raise). Not a realism model.
 */
export type PopulationOptions = { seed: number; citizens: number; recordsPerCitizen: number; now?: string };

const SECTORS: { sector: Sector; system: string; units: string[] }[] = [
  { sector: 'job', system: 'momentum', units: ['Team Ressource', 'Team Kontanthjælp', 'Ungeenheden'] },
  { sector: 'children', system: 'dubu', units: ['Team Syd', 'Familierådgivningen', 'PPR'] },
  { sector: 'adult', system: 'nexus', units: ['Team Nord', 'Handicap og Psykiatri'] },
  { sector: 'health', system: 'sundhed', units: ['Genoptræning', 'Smerteklinik'] },
];
const KINDS = ['request', 'request', 'document', 'effort', 'meeting', 'meeting', 'plan', 'case', 'contact'] as const;

export function generatePopulation(o: PopulationOptions): CaseworkRecord[] {
  const rand = rng(o.seed);
  const now = o.now ?? '2026-11-20';
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const day = (back: number, ahead = 0) => addDays(now, Math.floor(rand() * (back + ahead)) - back);
  const records: CaseworkRecord[] = [];
  for (let c = 0; c < o.citizens; c++) {
    // Unique, fictional; detection never reads a birth date from the CPR.
    const cpr = `9${String(o.seed % 10)}${String(c).padStart(8, '0')}`;
    for (let i = 0; i < o.recordsPerCitizen; i++) {
      const s = pick(SECTORS);
      const nativeId = `p${o.seed}-${c}-${i}`;
      const common = {
        system: s.system,
        sector: s.sector,
        nativeId,
        citizen: { cpr, name: `Borger ${c}` },
        provenance: { system: s.system, url: `http://localhost/${s.system}/${nativeId}`, adapterId: s.system, adapterVersion: '1', seenAt: `${now}T08:00` },
      };
      const responsible = { unit: pick(s.units) };
      const status = pick<RecordStatus>(['planned', 'active', 'pending', 'answered', 'closed', 'cancelled']);
      const kind = pick(KINDS);
      switch (kind) {
        case 'request': {
          const requestedAt = day(400, 20);
          const answered = status === 'answered' || status === 'closed';
          records.push({ ...common, kind, infoType: pick(INFO_TYPE_IDS), label: 'Forespørgsel', requestedAt, status, responsible, ...(answered ? { answeredAt: addDays(requestedAt, 20) } : {}) });
          break;
        }
        case 'document':
          records.push({ ...common, kind, infoType: pick(INFO_TYPE_IDS), title: 'Dokument', receivedAt: day(400), responsible });
          break;
        case 'effort': {
          const start = day(400, 60);
          records.push({ ...common, kind, title: 'Indsats', category: pick(EFFORT_CATEGORY_IDS), status, start, ...(rand() < 0.5 ? { end: addDays(start, 180) } : {}), responsible });
          break;
        }
        case 'meeting':
          records.push({ ...common, kind, title: 'Møde', at: `${day(60, 60)}T10:00`, participants: [], status, responsible });
          break;
        case 'plan':
          records.push({ ...common, kind, title: 'Plan', status, goals: [], nextReview: day(100, 100), responsible });
          break;
        case 'case':
          records.push({ ...common, kind, title: 'Sag', status, responsible });
          break;
        case 'contact':
          records.push({ ...common, kind, name: 'Kontaktperson', unit: responsible.unit });
          break;
      }
    }
  }
  return records;
}
