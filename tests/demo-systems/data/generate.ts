/**
 * A seeded, deterministic fictional population spread over the four systems, for scale tests and a busy demo.
 * Same { citizens, seed, today } => same output (ids included, when generated into fresh systems).
 */
import { makeCpr } from '../shared/cpr';
import { addDays, addYears, nextWorkday } from '../shared/dates';
import { CATALOG } from './catalog';
import { FEMALE_FIRST, GP_CLINICS, MALE_FIRST, STREETS, SURNAMES } from './names';
import { addCitizen, addDocument, addEffort, addFamily, addMeeting, addPlan, addRequest, fullName } from './records';
import { createRng, type Rng } from './rng';
import { emptySystem, SYSTEM_KEYS, type Citizen, type Person, type SystemData, type SystemKey } from './types';
import { workerPool } from './workers';

export interface PopulationOptions {
  citizens: number;
  seed: number | string;
  today: string;
}

export interface Population {
  persons: Person[];
  systems: Record<SystemKey, SystemData>;
}

const TIMES = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '12:30', '13:00', '13:30', '14:00', '14:30'];

const PLAN_TITLES: Record<SystemKey, { title: string; law: string; goals: string[] }> = {
  job: { title: 'Min Plan', law: 'LAB § 27', goals: ['Komme i job eller uddannelse', 'Deltage i aftalte tilbud', 'Afklare helbred og arbejdsevne'] },
  children: { title: 'Barnets plan', law: 'Barnets lov § 91', goals: ['Barnet trives i skolen', 'Stabilt fremmøde i skolen', 'Faste rutiner i hjemmet'] },
  adult: { title: 'Handleplan', law: 'SEL § 141', goals: ['Mere selvstændig hverdag', 'Stabil bolig og økonomi', 'Holde aftaler'] },
  health: { title: 'Genoptræningsplan', law: 'Sundhedsloven § 140', goals: ['Genvinde funktionsevne', 'Klare dagligdagen selv', 'Smertefri gang'] },
};

const DOC_FROM: Record<SystemKey, string[]> = {
  job: ['Egen læge', 'Rehabiliteringsteamet', 'Virksomhedskonsulent'],
  children: ['Skolen', 'Sundhedsplejen', 'PPR'],
  adult: ['Egen læge', 'Visitationen', 'Psykiatrisk Center Demoby'],
  health: ['Regionshospitalet', 'Egen læge', 'Fysioterapeut'],
};

export function generatePopulation(opts: PopulationOptions, into?: Record<SystemKey, SystemData>): Population {
  const rng = createRng(opts.seed);
  const today = opts.today;
  const systems =
    into ??
    (Object.fromEntries(SYSTEM_KEYS.map((k) => [k, emptySystem(k)])) as Record<SystemKey, SystemData>);
  const persons: Person[] = [];
  const usedCpr = new Set<string>();
  for (const s of SYSTEM_KEYS) for (const c of systems[s].citizens) usedCpr.add(c.person.cpr);

  const newPerson = (age: number, lastName?: string, address?: string): Person => {
    const gender = rng.chance(0.5) ? 'female' : 'male';
    const firstName = rng.pick(gender === 'female' ? FEMALE_FIRST : MALE_FIRST);
    const birthDate = addDays(addYears(today, -age), -rng.int(1, 360));
    let cpr = makeCpr(birthDate, rng.int(0, 999), gender);
    while (usedCpr.has(cpr)) cpr = makeCpr(birthDate, rng.int(0, 999), gender);
    usedCpr.add(cpr);
    const p: Person = {
      key: `gen-${persons.length + 1}`,
      firstName: rng.chance(0.15) ? `${firstName} ${rng.pick(gender === 'female' ? FEMALE_FIRST : MALE_FIRST)}` : firstName,
      lastName: lastName ?? (rng.chance(0.1) ? `${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}` : rng.pick(SURNAMES)),
      cpr,
      birthDate,
      gender,
      address: address ?? `${rng.pick(STREETS)} ${rng.int(1, 120)}, 99${rng.int(90, 99)} Demoby`,
      phone: `${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    };
    persons.push(p);
    return p;
  };

  while (persons.length < opts.citizens) {
    const p = newPerson(rng.int(18, 70));
    let inAny = false;
    if (rng.chance(0.7)) {
      fill(systems.job, enrol(systems.job, p, rng), rng, today);
      inAny = true;
    }
    if (rng.chance(0.3)) {
      fill(systems.adult, enrol(systems.adult, p, rng), rng, today);
      inAny = true;
    }
    if (rng.chance(0.4) || !inAny) fill(systems.health, enrol(systems.health, p, rng), rng, today);
    const age = Number(today.slice(0, 4)) - Number(p.birthDate.slice(0, 4));
    if (age >= 25 && age <= 50 && rng.chance(0.12) && persons.length < opts.citizens) {
      const parent = enrol(systems.children, p, rng, 'parent');
      const members: Citizen[] = [parent];
      const kids = rng.int(1, 3);
      for (let i = 0; i < kids && persons.length < opts.citizens; i++) {
        const kid = enrol(systems.children, newPerson(rng.int(3, 17), p.lastName, p.address), rng, 'child');
        fill(systems.children, kid, rng, today);
        members.push(kid);
      }
      addFamily(systems.children, `Familien ${p.lastName}`, members);
    }
  }
  return { persons, systems };
}

function enrol(sys: SystemData, p: Person, rng: Rng, familyRole?: 'parent' | 'child'): Citizen {
  const pool = workerPool(sys.system);
  const first = rng.pick(pool);
  const contacts = rng.chance(0.4) ? [first, rng.pick(pool.filter((w) => w.id !== first.id))] : [first];
  const opts: Parameters<typeof addCitizen>[2] = { contacts, info: [['Egen læge', rng.pick(GP_CLINICS)]] };
  if (familyRole) opts.familyRole = familyRole;
  return addCitizen(sys, p, opts);
}

function fill(sys: SystemData, c: Citizen, rng: Rng, today: string): void {
  const cat = CATALOG[sys.system];
  const d = (n: number): string => addDays(today, n);
  const responsible = (): (typeof c.contacts)[number] => rng.pick(c.contacts);

  for (let i = rng.int(1, 3); i > 0; i--) {
    const t = rng.pick(cat.effortTypes);
    const start = rng.int(-400, 60);
    const end = start + rng.int(30, 300);
    const status = start > 0 ? 'planned' : end < 0 ? 'closed' : 'active';
    addEffort(sys, c, { type: t.code, status, start: d(start), end: d(end), goal: `Mål: ${t.title.toLowerCase()} efter aftale`, responsible: responsible() });
  }
  for (let i = rng.int(0, 2); i > 0; i--) {
    const t = rng.pick(cat.requestTypes);
    const asked = rng.int(-200, -1);
    const deadline = asked + t.deadlineDays;
    const answered = deadline < 0 ? rng.chance(0.85) : rng.chance(0.3);
    const answerDay = Math.min(-1, asked + rng.int(1, t.deadlineDays));
    if (answered && answerDay > asked) {
      addRequest(sys, c, { type: t.code, requestedAt: d(asked), answeredAt: d(answerDay), status: 'answered', responsible: responsible() });
      if (rng.chance(0.7)) addDocument(sys, c, { title: t.label, category: 'Attest/udtalelse', from: t.defaultRecipient, receivedAt: d(answerDay), validUntil: d(answerDay + 180), responsible: responsible() });
    } else {
      addRequest(sys, c, { type: t.code, requestedAt: d(asked), status: 'pending', responsible: responsible() });
    }
  }
  if (rng.chance(0.4)) {
    const got = rng.int(-300, -1);
    addDocument(sys, c, { title: 'Notat', category: 'Notat', from: rng.pick(DOC_FROM[sys.system]), receivedAt: d(got), responsible: responsible() });
  }
  for (let i = rng.int(0, 2); i > 0; i--) {
    const day = nextWorkday(d(rng.int(-60, 60)));
    const w = responsible();
    addMeeting(sys, c, {
      title: rng.pick(cat.meetingSubjects),
      at: `${day}T${rng.pick(TIMES)}`,
      place: `${w.unit}, mødelokale ${rng.int(1, 6)}`,
      participants: [fullName(c.person), `${w.name} (${w.role.toLowerCase()})`],
      status: day < today ? 'closed' : 'planned',
      responsible: w,
    });
  }
  if (rng.chance(0.6)) {
    const pt = PLAN_TITLES[sys.system];
    const created = rng.int(-300, -5);
    addPlan(sys, c, {
      title: pt.title,
      law: pt.law,
      status: 'active',
      created: d(created),
      nextReview: d(created + 180 > 0 ? created + 180 : rng.int(5, 90)),
      goals: pt.goals.slice(0, rng.int(1, pt.goals.length)),
      responsible: responsible(),
    });
  }
}
