import type { CaseworkRecord } from '../model/record';
import { recordKey } from '../model/record';
import type { Sector } from '../model/sector';
import type { LinkDecision } from './types';

/**
 * A seeded, deterministic population of records with the faults real case systems show (typos, swapped name
 * order, masked CPR, missing birth dates, namesakes born the same day, twins), with the truth attached, so
 * linking quality can be measured rather than believed. All names and CPR numbers are fictional.
 */

export type Identity = { cpr: string; given: string[]; family: string; birthDate: string; known: boolean };

export type NoisyDatasetOptions = {
  seed: number;
  identities: number;
  recordsPerIdentity?: [min: number, max: number];
  /** Share of identities that get a namesake: same name, same birth date, other CPR. */
  namesakeRate?: number;
  /** Share that get a twin: same birth date and family name, other given name. */
  twinRate?: number;
  /** Share that never appear with a full CPR, so nothing should link to them. */
  unknownRate?: number;
  /** For records after an identity's first: how the citizen is referred to. */
  fullCprRate?: number;
  missingBirthDateRate?: number;
  /** Per record: chance of each kind of name noise. */
  typoRate?: number;
  swapRate?: number;
  commaRate?: number;
  dropMiddleRate?: number;
  foldLettersRate?: number;
};

export type NoisyDataset = {
  seed: number;
  records: CaseworkRecord[];
  /** recordKey -> the CPR of the identity the record really belongs to. */
  truth: Map<string, string>;
  identities: Identity[];
  decisions: LinkDecision[];
};

const GIVEN = [
  'Anne', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Trine', 'Pernille', 'Camilla', 'Louise', 'Signe', 'Mie', 'Ida',
  'Freja', 'Sofie', 'Emma', 'Åse', 'Bodil', 'Birgitte', 'Kirsten', 'Jytte', 'Maja', 'Laura', 'Cecilie', 'Line',
  'Peter', 'Jens', 'Lars', 'Søren', 'Niels', 'Henrik', 'Thomas', 'Martin', 'Jakob', 'Mikkel', 'Rasmus', 'Anders',
  'Bjørn', 'Jørgen', 'Mads', 'Frederik', 'Christian', 'Morten', 'Kasper', 'Jesper', 'Michael', 'Oliver', 'Emil',
  'Magnus', 'Tobias', 'Jonas', 'Kristoffer', 'Ole', 'Poul', 'Torben', 'Bent', 'Asger', 'Øjvind', 'Jørn',
];
const MIDDLE = ['Marie', 'Louise', 'Kristine', 'Sofie', 'Emil', 'Christian', 'Peter', 'Juul', 'Bach', 'Holm', 'Krogh', 'Skov'];
const FAMILY = [
  'Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Østergaard', 'Aagaard', 'Lund', 'Holm', 'Frederiksen', 'Friis', 'Dahl', 'Bech', 'Kjær',
  'Lauridsen', 'Vestergaard', 'Bak', 'Iversen', 'Skovgaard', 'Nørgaard', 'Brøndum', 'Mikkelsen', 'Knudsen',
];
const SYSTEMS: { system: string; sector: Sector }[] = [
  { system: 'momentum', sector: 'job' },
  { system: 'dubu', sector: 'children' },
  { system: 'nexus', sector: 'adult' },
  { system: 'sundhed', sector: 'health' },
];

/** mulberry32: tiny, fast and deterministic across platforms. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function generateNoisyDataset(opts: NoisyDatasetOptions): NoisyDataset {
  const o = {
    recordsPerIdentity: [2, 8] as [number, number],
    namesakeRate: 0.03,
    twinRate: 0.02,
    unknownRate: 0.05,
    fullCprRate: 0.4,
    missingBirthDateRate: 0.1,
    typoRate: 0.15,
    swapRate: 0.1,
    commaRate: 0.15,
    dropMiddleRate: 0.3,
    foldLettersRate: 0.15,
    ...opts,
  };
  const rand = rng(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const usedCprs = new Set<string>();

  const makeCpr = (birthDate: string): string => {
    const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
    // The 7th digit must give the right century by the CPR office's table, or the birth date would not follow.
    for (;;) {
      const seventh = y < 2000 ? int(0, 3) : pick([4, 9]);
      const cpr = `${pad(d)}${pad(m)}${pad(y % 100)}${seventh}${pad(int(0, 999), 3)}`;
      if (!usedCprs.has(cpr)) {
        usedCprs.add(cpr);
        return cpr;
      }
    }
  };
  const randomBirthDate = (): string => {
    const y = int(1945, 2012);
    const m = int(1, 12);
    return `${y}-${pad(m)}-${pad(int(1, 28))}`;
  };

  const identities: Identity[] = [];
  for (let i = 0; i < o.identities; i++) {
    const birthDate = randomBirthDate();
    const given = rand() < 0.35 ? [pick(GIVEN), pick(MIDDLE)] : [pick(GIVEN)];
    const base: Identity = { cpr: makeCpr(birthDate), given, family: pick(FAMILY), birthDate, known: rand() >= o.unknownRate };
    identities.push(base);
    if (rand() < o.namesakeRate) {
      identities.push({ ...base, given: [...base.given], cpr: makeCpr(birthDate), known: rand() >= o.unknownRate });
    } else if (rand() < o.twinRate) {
      identities.push({ ...base, given: [pick(GIVEN)], cpr: makeCpr(birthDate), known: rand() >= o.unknownRate });
    }
  }

  const typo = (w: string): string => {
    if (w.length < 4) return w;
    const i = int(1, w.length - 2);
    const op = int(0, 3);
    const letters = 'abcdefghijklmnoprstuvy';
    if (op === 0) return w.slice(0, i) + w.slice(i + 1);
    if (op === 1) return w.slice(0, i) + pick([...letters]) + w.slice(i);
    if (op === 2) return w.slice(0, i) + pick([...letters]) + w.slice(i + 1);
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const fold = (w: string) => w.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/Æ/g, 'Ae').replace(/Ø/g, 'Oe').replace(/Å/g, 'Aa');

  const nameVariant = (id: Identity): string => {
    let given = [...id.given];
    let family = id.family;
    if (given.length > 1 && rand() < o.dropMiddleRate) given = given.slice(0, 1);
    if (rand() < o.typoRate) {
      if (rand() < 0.5) family = typo(family);
      else given[0] = typo(given[0]!);
    }
    if (rand() < o.foldLettersRate) {
      given = given.map(fold);
      family = fold(family);
    }
    if (rand() < o.commaRate) return `${family}, ${given.join(' ')}`;
    if (rand() < o.swapRate) return `${family} ${given.join(' ')}`;
    return `${given.join(' ')} ${family}`;
  };

  const records: CaseworkRecord[] = [];
  const truth = new Map<string, string>();
  let serial = 0;
  for (const id of identities) {
    const n = int(o.recordsPerIdentity[0], o.recordsPerIdentity[1]);
    for (let k = 0; k < n; k++) {
      const full = id.known && (k === 0 || rand() < o.fullCprRate);
      const { system, sector } = pick(SYSTEMS);
      const citizen: CaseworkRecord['citizen'] = full
        ? { cpr: id.cpr, name: nameVariant(id), birthDate: id.birthDate }
        : rand() < o.missingBirthDateRate
          ? { name: nameVariant(id) }
          : { birthDate: id.birthDate, name: nameVariant(id) };
      const nativeId = `n${o.seed}-${serial++}`;
      const r: CaseworkRecord = {
        kind: 'case',
        system,
        sector,
        nativeId,
        citizen,
        title: 'Sag',
        status: 'active',
        responsible: { unit: `Team ${sector}` },
        provenance: { system, url: `https://${system}.example/${nativeId}`, adapterId: 'noisy', adapterVersion: '1', seenAt: '2026-01-01T00:00' },
      };
      records.push(r);
      truth.set(recordKey(r), id.cpr);
    }
  }
  return { seed: o.seed, records, truth, identities, decisions: [] };
}
