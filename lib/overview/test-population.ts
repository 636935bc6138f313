/**
 * A fictional population as an Én plan export file, for the overview's unit tests, e2e tests and benchmark:
 * the personas of DESIGN.md §3 (with the problems the overview must show) plus generated citizens. Deterministic
 * for the same options. Flags are found by the real detection rules, never written by hand. Not used by the product.
 */
import { EXPORT_FORMAT, type ExportFile } from '../db/export-import';
import type { CitizenRow, FamilyRow, PlanRow, RecordRow } from '../db/rows';
import { SCHEMA_VERSION } from '../db/schema';
import { detectAll } from '../detect';
import { defaultSettings, recordKey, type CaseworkRecord, type Flag, type RecordOf, type RecordStatus, type Sector } from '../model';
import { getEffortCategory } from '../taxonomy/effort-categories';
import { getInfoType } from '../taxonomy/info-types';

export interface PopulationOptions {
  /** Generated citizens, persons in households included; the personas come on top. */
  citizens: number;
  /** YYYY-MM-DD: dates are spread around it. */
  today: string;
  seed?: number;
  personas?: boolean;
  exportedBy?: string;
}

export const PERSONA_CPR = { trine: '1204841234', martin: '0803111235', mie: '2109141236', pernille: '0202041238', jakob: '1509911237' } as const;

const SYSTEM: Record<Sector, string> = { job: 'demo-job', children: 'demo-children', adult: 'demo-adult', health: 'demo-health' };
const UNITS: Record<Sector, string[]> = {
  job: ['Jobcenter Demoby, Team Ressource', 'Jobcenter Demoby, Team Sygedagpenge', 'Jobcenter Demoby, Ungeindsatsen'],
  children: ['Familieafdelingen, Team Øst', 'Familieafdelingen, Team Vest', 'Familieafdelingen, Handicap'],
  adult: ['Voksenafdelingen, Socialpsykiatri', 'Voksenafdelingen, Handicap', 'Voksenafdelingen, Misbrug'],
  health: ['Sundhedscentret, Genoptræning', 'Sundhedscentret, Rehabiliteringsteamet', 'Sundhedscentret, Smerteteamet'],
};
const WORKERS = ['Anne Lund', 'Bo Madsen', 'Camilla Friis', 'Dorthe Holm', 'Erik Bach', 'Freja Nøhr', 'Gitte Kofoed', 'Henrik Lau', 'Ida Brix'];
const INFO: Record<Sector, string[]> = {
  job: ['status-statement', 'rehabilitation-team-statement', 'general-health-statement', 'specific-health-statement', 'sickness-benefit-follow-up'],
  children: ['school-statement', 'psychological-assessment', 'child-investigation'],
  adult: ['gp-information', 'psychiatric-statement', 'specific-health-statement', 'status-statement'],
  health: ['hospital-records', 'pain-clinic-statement', 'specialist-statement'],
};
const EFFORTS: Record<Sector, string[]> = {
  job: ['mentor', 'resource-course', 'education-job'],
  children: ['family-treatment', 'school-support'],
  adult: ['home-support', 'substance-abuse', 'treatment'],
  health: ['rehabilitation', 'treatment'],
};
const PLAN_TITLE: Record<Sector, string> = { job: 'Min Plan', children: 'Barnets plan', adult: 'Handleplan', health: 'Genoptræningsplan' };
const FIRST = ['Anna', 'Mette', 'Lars', 'Peter', 'Sofie', 'Jonas', 'Camilla', 'Mads', 'Louise', 'Rasmus', 'Line', 'Kasper', 'Julie', 'Thomas', 'Maja', 'Frederik', 'Ida', 'Mikkel', 'Emma', 'Nikolaj'];
const LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Østergaard'];
const DUP_TYPES = ['status-statement', 'rehabilitation-team-statement', 'general-health-statement', 'specific-health-statement'];

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** Builds the records of one citizen in one sector; every builder shares the system, unit and provenance. */
class Writer {
  private n = 0;
  readonly records: CaseworkRecord[] = [];
  constructor(
    readonly today: string,
    private readonly prefix: string,
  ) {}

  private base(cpr: string, sector: Sector, unit: string, worker?: string) {
    const system = SYSTEM[sector];
    const nativeId = `${this.prefix}${++this.n}`;
    return {
      system,
      sector,
      nativeId,
      citizen: { cpr },
      provenance: { system, url: `http://localhost/${system}/${cpr}`, adapterId: system, adapterVersion: '1.0.0', seenAt: `${this.today}T08:00:00.000Z` },
      responsible: { unit, ...(worker ? { caseworker: worker } : {}) },
    };
  }

  citizen(cpr: string, sector: Sector, name: string, birthDate: string) {
    const { responsible: _r, ...b } = this.base(cpr, sector, '');
    this.records.push({ ...b, kind: 'citizen', name, cpr, birthDate, relations: [] });
  }
  case(cpr: string, sector: Sector, unit: string, worker: string, title: string, opened: string) {
    this.records.push({ ...this.base(cpr, sector, unit, worker), kind: 'case', title, status: 'active', opened });
  }
  effort(cpr: string, sector: Sector, unit: string, worker: string, category: string, start: string, status: RecordStatus = 'active', title?: string) {
    const name = title ?? getEffortCategory(category)?.name ?? category;
    this.records.push({ ...this.base(cpr, sector, unit, worker), kind: 'effort', title: name, category, status, start });
  }
  request(cpr: string, sector: Sector, unit: string, worker: string, infoType: string, requestedAt: string, answered?: string) {
    const t = getInfoType(infoType);
    const r: RecordOf<'request'> = {
      ...this.base(cpr, sector, unit, worker),
      kind: 'request',
      infoType,
      label: t?.answerForm ? `${t.answerForm} ${t.name}` : (t?.name ?? infoType),
      requestedAt,
      status: answered ? 'answered' : 'pending',
      recipient: 'Egen læge',
    };
    if (answered) r.answeredAt = answered;
    this.records.push(r);
  }
  document(cpr: string, sector: Sector, unit: string, infoType: string, receivedAt: string) {
    this.records.push({ ...this.base(cpr, sector, unit), kind: 'document', infoType, title: getInfoType(infoType)?.name ?? infoType, receivedAt });
  }
  meeting(cpr: string, sector: Sector, unit: string, worker: string, day: string, title = 'Opfølgningsmøde', status: RecordStatus = day >= this.today ? 'planned' : 'closed') {
    this.records.push({ ...this.base(cpr, sector, unit, worker), kind: 'meeting', title, at: `${day}T10:00`, place: unit, participants: [], status });
  }
  plan(cpr: string, sector: Sector, unit: string, worker: string, created: string, title = PLAN_TITLE[sector]) {
    this.records.push({ ...this.base(cpr, sector, unit, worker), kind: 'plan', title, status: 'active', created, goals: ['Et mål med egne ord'] });
  }
  contact(cpr: string, sector: Sector, unit: string, worker: string) {
    const { responsible: _r, ...b } = this.base(cpr, sector, unit);
    this.records.push({ ...b, kind: 'contact', name: worker, unit, role: 'Sagsbehandler' });
  }
}

interface Person {
  cpr: string;
  name: string;
  birthDate: string;
}

export function generatePopulation(opts: PopulationOptions): ExportFile {
  const r = rng(opts.seed ?? 1);
  const today = opts.today;
  const w = new Writer(today, 'G');
  const people: Person[] = [];
  const families: string[][] = [];
  if (opts.personas !== false) personas(w, people, families);

  let serial = 0;
  const person = (age: number, last?: string): Person => {
    const birth = addDays(today, -(age * 365 + r.int(0, 360)));
    const cpr = `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}${String(5000 + (serial++ % 5000)).padStart(4, '0')}`;
    const p = { cpr, name: `${r.pick(FIRST)} ${last ?? r.pick(LAST)}`, birthDate: birth };
    people.push(p);
    return p;
  };
  const used = new Set(people.map((p) => p.cpr));
  let made = 0;
  while (made < opts.citizens) {
    const p = person(r.int(18, 66));
    if (used.has(p.cpr)) {
      people.pop();
      continue;
    }
    used.add(p.cpr);
    made++;
    adult(w, r, p, today);
    if (made < opts.citizens - 1 && r.chance(0.05)) {
      const kids: string[] = [];
      for (let k = r.int(1, 2); k > 0 && made < opts.citizens; k--) {
        const c = person(r.int(6, 16), p.name.split(' ').slice(1).join(' '));
        if (used.has(c.cpr)) {
          people.pop();
          continue;
        }
        used.add(c.cpr);
        made++;
        child(w, r, c, today);
        kids.push(c.cpr);
      }
      if (kids.length) families.push([p.cpr, ...kids]);
    }
  }
  const file = toExport(w.records, people, families, today, opts.exportedBy ?? 'Testdata');
  if (opts.personas !== false) file.plans.push(jakobsPlan(today));
  return file;
}

/** Jakob's one plan (Én plan), so the citizen view opened from the overview has a plan to show. */
function jakobsPlan(today: string): PlanRow {
  const d = (n: number) => addDays(today, n);
  return {
    id: 'plan-jakob',
    citizens: [PERSONA_CPR.jakob],
    goals: [{ id: 'g1', text: 'Jeg vil kunne arbejde 15 timer om ugen uden at få ondt' }],
    actions: [
      { id: 'a1', what: 'Genoptræning to gange om ugen', who: 'Sundhedscentret, Smerteteamet', sector: 'health', when: d(14), status: 'active', goalId: 'g1' },
      { id: 'a2', what: 'Afklaring af arbejdstimer', who: 'Ida Brix', sector: 'job', when: d(30), status: 'planned', goalId: 'g1' },
    ],
    coordinator: { name: 'Ida Brix', unit: UNITS.job[0]! },
    coordinationLevel: 3,
    nextMeeting: `${d(10)}T10:00`,
    updatedAt: `${today}T08:00:00.000Z`,
    updatedBy: 'Ida Brix',
    version: 1,
  };
}

function adult(w: Writer, r: Rng, p: Person, today: string) {
  const sectors: Sector[] = (['job', 'adult', 'health'] as const).filter((s) => r.chance(s === 'job' ? 0.75 : 0.4));
  if (!sectors.length) sectors.push('job');
  const unitOf = new Map(sectors.map((s) => [s, r.pick(UNITS[s])]));
  const workerOf = new Map(sectors.map((s) => [s, r.pick(WORKERS)]));
  for (const s of sectors) {
    const unit = unitOf.get(s)!;
    const worker = workerOf.get(s)!;
    w.citizen(p.cpr, s, p.name, p.birthDate);
    w.case(p.cpr, s, unit, worker, s === 'job' ? 'Kontanthjælp' : s === 'adult' ? 'Sag efter serviceloven' : 'Genoptræningssag', addDays(today, -r.int(100, 700)));
    for (let i = r.int(2, 5); i > 0; i--) {
      const category = r.pick(EFFORTS[s].filter((c) => c !== 'mentor' && c !== 'home-support'));
      w.effort(p.cpr, s, unit, worker, category, addDays(today, -r.int(10, 400)), r.chance(0.7) ? 'active' : 'closed');
    }
    // Requests spread over two years, each type at most once per sector, so only the injected problems repeat.
    const types = [...INFO[s]].sort(() => r.next() - 0.5).slice(0, r.int(1, 3));
    for (const t of types) {
      const at = addDays(today, -r.int(200, 700));
      w.request(p.cpr, s, unit, worker, t, at, addDays(at, 20));
    }
    if (r.chance(0.85)) w.document(p.cpr, s, unit, r.pick(INFO[s]), addDays(today, -r.int(400, 700)));
    // Past meetings only, months apart; clusters are injected below.
    for (let i = r.int(1, 4); i > 0; i--) w.meeting(p.cpr, s, unit, worker, addDays(today, -r.int(40, 400)));
    if (r.chance(0.45)) w.plan(p.cpr, s, unit, worker, addDays(today, -r.int(30, 500)));
    w.contact(p.cpr, s, unit, worker);
    if (r.chance(0.3)) w.contact(p.cpr, s, unit, r.pick(WORKERS));
  }
  const [a, b] = sectors.length > 1 ? [sectors[0]!, sectors[1]!] : [sectors[0]!, sectors[0]!];
  const otherUnit = (s: Sector) => (a === b ? UNITS[s].find((u) => u !== unitOf.get(s))! : unitOf.get(s)!);
  if (r.chance(0.14)) {
    const t = r.pick(DUP_TYPES);
    const first = addDays(today, -r.int(20, 330));
    w.request(p.cpr, a, unitOf.get(a)!, workerOf.get(a)!, t, first);
    w.request(p.cpr, b, otherUnit(b), workerOf.get(b)!, t, addDays(first, r.int(7, 25)));
  }
  if (r.chance(0.06)) {
    // Asked again for what another unit already holds: the "information on file" situation.
    const t = r.pick(DUP_TYPES);
    const received = addDays(today, -r.int(15, 60));
    w.document(p.cpr, a, unitOf.get(a)!, t, received);
    w.request(p.cpr, b, otherUnit(b), workerOf.get(b)!, t, addDays(received, r.int(3, 12)));
  }
  if (r.chance(0.1)) {
    w.effort(p.cpr, a, unitOf.get(a)!, workerOf.get(a)!, 'mentor', addDays(today, -r.int(30, 200)));
    w.effort(p.cpr, b, otherUnit(b), workerOf.get(b)!, 'home-support', addDays(today, -r.int(30, 200)));
  }
  if (r.chance(0.08)) {
    // Still 'planned' when past: the system never closed them, which is how a missed joint meeting looks.
    const day = addDays(today, r.int(-200, 45));
    w.meeting(p.cpr, a, unitOf.get(a)!, workerOf.get(a)!, day, 'Opfølgningsmøde', 'planned');
    w.meeting(p.cpr, b, otherUnit(b), workerOf.get(b)!, addDays(day, r.int(1, 5)), 'Opfølgningsmøde', 'planned');
  }
}

function child(w: Writer, r: Rng, p: Person, today: string) {
  const unit = r.pick(UNITS.children);
  const worker = r.pick(WORKERS);
  w.citizen(p.cpr, 'children', p.name, p.birthDate);
  w.case(p.cpr, 'children', unit, worker, 'Børnesag', addDays(today, -r.int(100, 700)));
  w.effort(p.cpr, 'children', unit, worker, r.pick(EFFORTS.children), addDays(today, -r.int(10, 300)));
  w.request(p.cpr, 'children', unit, worker, r.pick(INFO.children), addDays(today, -r.int(200, 600)), addDays(today, -r.int(100, 190)));
  w.meeting(p.cpr, 'children', unit, worker, addDays(today, -r.int(20, 300)));
  if (r.chance(0.5)) w.plan(p.cpr, 'children', unit, worker, addDays(today, -r.int(30, 400)));
  w.contact(p.cpr, 'children', unit, worker);
}

/** DESIGN.md §3: the situations the product exists for, one of each at least. */
function personas(w: Writer, people: Person[], families: string[][]) {
  const t = w.today;
  const d = (n: number) => addDays(t, n);
  const { trine, martin, mie, pernille, jakob } = PERSONA_CPR;
  people.push(
    { cpr: trine, name: 'Trine Hansen', birthDate: '1984-04-12' },
    { cpr: martin, name: 'Martin Hansen', birthDate: '2011-03-08' },
    { cpr: mie, name: 'Mie Hansen', birthDate: '2014-09-21' },
    { cpr: pernille, name: 'Pernille Holm Østergaard', birthDate: '2004-02-02' },
    { cpr: jakob, name: 'Jakob Kjær', birthDate: '1991-09-15' },
  );
  families.push([trine, martin, mie]);
  const job = UNITS.job[0]!;
  const youth = UNITS.job[2]!;
  const fam = UNITS.children[0]!;
  const dis = UNITS.adult[1]!;
  const psych = UNITS.adult[0]!;
  const abuse = UNITS.adult[2]!;
  const rehab = UNITS.health[0]!;
  const pain = UNITS.health[2]!;

  w.citizen(trine, 'job', 'Trine Hansen', '1984-04-12');
  w.case(trine, 'job', job, 'Anne Lund', 'Kontanthjælp', d(-400));
  w.effort(trine, 'job', job, 'Anne Lund', 'mentor', d(-120));
  w.request(trine, 'job', job, 'Anne Lund', 'rehabilitation-team-statement', d(-45));
  w.plan(trine, 'job', job, 'Anne Lund', d(-200), 'Min Plan');
  w.meeting(trine, 'job', job, 'Anne Lund', d(3), 'Opfølgningssamtale');
  w.citizen(trine, 'adult', 'Trine Hansen', '1984-04-12');
  w.effort(trine, 'adult', dis, 'Bo Madsen', 'home-support', d(-90), 'active', 'Socialpædagogisk støtte, SEL § 85');
  w.request(trine, 'adult', dis, 'Bo Madsen', 'rehabilitation-team-statement', d(-20));
  w.plan(trine, 'adult', dis, 'Bo Madsen', d(-150), 'Handleplan');
  w.meeting(trine, 'adult', dis, 'Bo Madsen', d(4), 'Møde om bostøtte');
  w.citizen(martin, 'children', 'Martin Hansen', '2011-03-08');
  w.effort(martin, 'children', fam, 'Camilla Friis', 'family-treatment', d(-100));
  w.effort(martin, 'health', pain, 'Dorthe Holm', 'treatment', d(-300), 'active', 'ADHD-klinik');
  w.plan(martin, 'children', fam, 'Camilla Friis', d(-160), 'Barnets plan');
  w.meeting(trine, 'children', fam, 'Camilla Friis', d(5), 'Familiemøde');
  w.citizen(mie, 'children', 'Mie Hansen', '2014-09-21');
  w.effort(mie, 'children', fam, 'Camilla Friis', 'school-support', d(-60), 'active', 'Støtte ved skolefravær');
  w.request(mie, 'children', fam, 'Camilla Friis', 'school-statement', d(-50), d(-30));

  w.citizen(pernille, 'job', 'Pernille Holm Østergaard', '2004-02-02');
  w.effort(pernille, 'job', job, 'Erik Bach', 'resource-course', d(-200));
  w.effort(pernille, 'job', job, 'Erik Bach', 'mentor', d(-150), 'active', 'Mentorstøtte 3 timer om ugen');
  w.effort(pernille, 'job', youth, 'Freja Nøhr', 'education-job', d(-80), 'active', 'Ungdommens Uddannelsesvejledning');
  w.plan(pernille, 'job', job, 'Erik Bach', d(-190), 'Min Plan');
  w.effort(pernille, 'adult', abuse, 'Gitte Kofoed', 'substance-abuse', d(-170), 'active', 'Opfølgning på misbrug');
  w.plan(pernille, 'adult', abuse, 'Gitte Kofoed', d(-160), 'Handleplan');
  w.effort(pernille, 'health', psych, 'Henrik Lau', 'treatment', d(-210), 'active', 'Psykiatrisk behandling');
  w.plan(pernille, 'health', rehab, 'Henrik Lau', d(-100), 'Behandlingsplan');

  w.citizen(jakob, 'job', 'Jakob Kjær', '1991-09-15');
  w.effort(jakob, 'job', job, 'Ida Brix', 'resource-course', d(-150));
  w.effort(jakob, 'job', job, 'Ida Brix', 'rehabilitation', d(-40), 'active', 'Smertehåndtering');
  w.effort(jakob, 'health', pain, 'Dorthe Holm', 'rehabilitation', d(-60), 'active', 'Genoptræning efter whiplash');
  w.request(jakob, 'health', pain, 'Dorthe Holm', 'pain-clinic-statement', d(-30));
}

function toExport(records: CaseworkRecord[], people: Person[], families: string[][], today: string, exportedBy: string): ExportFile {
  const seen = `${today}T08:00:00.000Z`;
  const rows: RecordRow[] = records.map((record) => ({
    key: recordKey(record),
    record,
    kind: record.kind,
    system: record.system,
    sector: record.sector,
    citizenCpr: record.citizen.cpr ?? '',
    linkState: 'auto',
    firstSeen: seen,
    lastSeen: seen,
    stale: 0,
    listScopes: [],
  }));
  const familyRows: FamilyRow[] = families.map((members, i) => ({ id: `fam-${i + 1}`, members: [...members].sort(), updatedAt: seen }));
  const citizens: CitizenRow[] = people.map((p) => ({ cpr: p.cpr, name: p.name, birthDate: p.birthDate, firstSeen: seen, lastSeen: seen }));
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: seen, exportedBy, records: rows, recordHistory: [], citizens, families: familyRows, links: [], flags: detectFlags(rows, familyRows, today), plans: [], planHistory: [], consents: [] };
}

/** The flags one browser holding exactly these rows would have found: per household, else per citizen. */
export function detectFlags(rows: RecordRow[], families: FamilyRow[], today: string): Flag[] {
  const scopeOf = new Map<string, string>();
  for (const f of families) for (const m of f.members) scopeOf.set(m, f.id);
  const scopes = new Map<string, CaseworkRecord[]>();
  for (const row of rows) {
    if (!row.citizenCpr) continue;
    const id = scopeOf.get(row.citizenCpr) ?? row.citizenCpr;
    const list = scopes.get(id);
    if (list) list.push(row.record);
    else scopes.set(id, [row.record]);
  }
  const settings = defaultSettings();
  return [...scopes.values()].flatMap((records) => detectAll({ records, now: today, settings }));
}

/** What one caseworker would have exported: only some of the records, with the flags their own browser found. */
export function sliceExport(file: ExportFile, keep: (row: RecordRow) => boolean, exportedBy: string): ExportFile {
  const records = file.records.filter(keep);
  const cprs = new Set(records.map((r) => r.citizenCpr));
  const families = file.families.map((f) => ({ ...f, members: f.members.filter((m) => cprs.has(m)) })).filter((f) => f.members.length > 1);
  return {
    ...file,
    exportedBy,
    records,
    citizens: file.citizens.filter((c) => cprs.has(c.cpr)),
    families,
    flags: detectFlags(records, families, file.exportedAt.slice(0, 10)),
  };
}
