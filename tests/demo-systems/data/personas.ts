/**
 * The personas of DESIGN.md section 3, built into the four systems with the cross-sector overlaps the product must
 * show, plus control citizens without overlaps. Every date is relative to the reference day `today`.
 *
 * Overlaps (see README "Personas"):
 *  - Trine: jobcenter LÆ 265 (24 days ago, pending) + adult social "Helbredsoplysninger fra egen læge (LÆ 265)"
 *    (3 days ago, pending); mentor support + SEL § 85 + family treatment in parallel with overlapping goals;
 *    three meetings in one calendar week in job, adult and children; three active plans.
 *  - Pernille: jobcenter LÆ 265 answered 48 days ago (document valid) + adult social asks the GP again 10 days ago;
 *    an adult-social request whose deadline passed 15 days ago.
 *  - Jakob: jobcenter asks LÆ 265 (5 days ago) while health already holds a pain-clinic statement and a GP status
 *    statement; rehabilitation + pain management + resource course.
 */
import { addDays, nextWorkday, weekday } from '../shared/dates';
import { makePeople, specAge } from './persona-people';
import { addCase, addCitizen, addDocument, addEffort, addFamily, addMeeting, addPlan, addRequest, fullName } from './records';
import type { PersonaEntry, SystemData, SystemKey } from './types';
import { WORKERS } from './workers';

/**
 * Three workdays in one calendar week, all after the reference day: Wed/Thu/Fri of the current week when the
 * reference day is a Monday or Tuesday, otherwise Tue/Wed/Thu of the following week.
 */
export function meetingClusterDays(today: string): [string, string, string] {
  const wd = weekday(today);
  const first = wd <= 1 ? addDays(today, 2 - wd) : addDays(today, 7 - wd + 1);
  return [first, addDays(first, 1), addDays(first, 2)];
}

export function buildPersonas(today: string, systems: Record<SystemKey, SystemData>): PersonaEntry[] {
  const d = (n: number): string => addDays(today, n);
  /** A workday n days from today (weekend days move to Monday). */
  const wd = (n: number): string => nextWorkday(d(n));
  const at = (date: string, time: string): string => `${date}T${time}`;
  const past = (date: string): 'closed' | 'planned' => (date < today ? 'closed' : 'planned');
  const [c1, c2, c3] = meetingClusterDays(today);

  const P = makePeople(today);
  const person = (k: string) => {
    const p = P[k];
    if (!p) throw new Error(`no person ${k}`);
    return p;
  };
  const { job, children, adult, health } = systems;
  const J = WORKERS.job;
  const B = WORKERS.children;
  const V = WORKERS.adult;
  const S = WORKERS.health;

  // ---------------------------------------------------------------- Trine Hansen (41) and her children
  const trine = person('trine');
  const martin = person('martin');
  const mie = person('mie');

  const jT = addCitizen(job, trine, {
    contacts: [J.lene, J.ali],
    info: [['Målgruppe', 'Aktivitetsparat kontanthjælpsmodtager'], ['Ydelse', 'Kontanthjælp'], ['Egen læge', 'Lægehuset Torvet']],
  });
  addCase(job, jT, { title: 'Kontanthjælp, aktivitetsparat', law: 'Aktivloven § 11', status: 'active', opened: d(-400) });
  addEffort(job, jT, {
    type: 'MENTOR', status: 'active', start: d(-60), end: d(120), extent: '2 timer/uge', responsible: J.ali,
    goal: 'Trine får struktur i hverdagen og holder sine aftaler med jobcenter, læge og skole',
  });
  addEffort(job, jT, { type: 'PRAKTIK', status: 'planned', start: d(30), end: d(86), goal: 'Afklare arbejdsevne i et job med faste, rolige rammer' });
  addEffort(job, jT, { type: 'JOBSOEG', status: 'closed', start: d(-300), end: d(-240), goal: 'Opdateret CV og jobsøgning' });
  addRequest(job, jT, {
    type: 'LAE265', requestedAt: d(-24), status: 'pending', recipient: 'Egen læge, Lægehuset Torvet',
    note: 'Til rehabiliteringsteamets vurdering af ressourceforløb',
  });
  addRequest(job, jT, { type: 'LAE125', requestedAt: d(-220), answeredAt: d(-205), status: 'answered', recipient: 'Egen læge, Lægehuset Torvet' });
  addDocument(job, jT, { title: 'LÆ 125 Statusattest', category: 'Lægeattest', from: 'Lægehuset Torvet', receivedAt: d(-205), validUntil: d(-25) });
  addMeeting(job, jT, {
    title: 'Opfølgningssamtale', at: at(c1, '10:00'), place: 'Jobcenter Demoby, mødelokale 2',
    participants: ['Trine Hansen', 'Lene Bro (jobkonsulent)', 'Ali Demir (mentor)'],
  });
  addMeeting(job, jT, { title: 'Samtale om Min Plan', at: at(wd(-30), '09:00'), place: 'Jobcenter Demoby, mødelokale 1', participants: ['Trine Hansen', 'Lene Bro (jobkonsulent)'], status: 'closed' });
  addPlan(job, jT, {
    title: 'Min Plan', law: 'LAB § 27', status: 'active', created: d(-60), nextReview: d(30),
    goals: ['Komme i virksomhedspraktik inden for 3 måneder', 'Holde aftaler med jobcenter og mentor', 'Få afklaret smerter og medicin med egen læge'],
  });

  const bT = addCitizen(children, trine, { contacts: [B.hanne, B.jonas], familyRole: 'parent', info: [['Rolle', 'Forælder med forældremyndighed']] });
  const bMartin = addCitizen(children, martin, {
    contacts: [B.hanne, B.sofie], familyRole: 'child',
    info: [['Skole', 'Demoby Skole, 8.a'], ['Diagnose', 'ADHD (Børne- og Ungdomspsykiatrien)'], ['Medicin', 'Tages ikke korrekt ifølge skole og mor']],
  });
  const bMie = addCitizen(children, mie, {
    contacts: [B.hanne], familyRole: 'child',
    info: [['Skole', 'Demoby Skole, 4.b'], ['Skolefravær (seneste 3 mdr.)', '28 %'], ['Heraf ulovligt fravær', '19 %']],
  });
  addFamily(children, 'Familien Hansen', [bT, bMartin, bMie]);
  addCase(children, bT, { title: 'Støtte til familien Hansen', law: 'Barnets lov § 32', status: 'active', opened: d(-120) });
  addEffort(children, bT, {
    type: 'FAMBEH', status: 'active', start: d(-30), end: d(150), extent: '2 x 2 timer/uge', responsible: B.jonas,
    goal: 'Faste morgen- og aftenrutiner, så Mie kommer i skole og Martin tager sin medicin; Trine holder aftaler og får mere overskud',
    concerns: [fullName(martin), fullName(mie)],
  });
  addMeeting(children, bT, {
    title: 'Netværksmøde om familien', at: at(c3, '09:00'), place: 'Familiehuset, Skolegade 4',
    participants: ['Trine Hansen', 'Hanne Kirk (rådgiver)', 'Jonas Pihl (familiebehandler)', 'Klasselærer, Demoby Skole'],
  });
  addPlan(children, bT, {
    title: 'Familiens plan (samlet barnets plan)', law: 'Barnets lov § 91, stk. 3', status: 'active', created: d(-25), nextReview: d(65),
    goals: [
      'Mie kommer i skole hver dag, og fraværet er under 10 %',
      'Martin tager sin ADHD-medicin hver morgen',
      'Trine har faste rutiner morgen og aften og holder sine aftaler',
      'Familien spiser aftensmad sammen mindst fire dage om ugen',
    ],
    concerns: [fullName(martin), fullName(mie)],
  });

  addCase(children, bMartin, { title: 'Børnefaglig undersøgelse, Martin', law: 'Barnets lov § 20', status: 'active', opened: d(-40) });
  addRequest(children, bMartin, { type: 'BFU', requestedAt: d(-40), status: 'pending', recipient: 'Familierådgivningen, Team Øst' });
  addRequest(children, bMartin, { type: 'PPR', requestedAt: d(-12), status: 'pending', recipient: 'PPR, skolepsykolog Sofie Bach' });
  addRequest(children, bMartin, { type: 'BUC', requestedAt: d(-70), answeredAt: d(-50), status: 'answered', recipient: 'ADHD-ambulatoriet' });
  addDocument(children, bMartin, { title: 'Udtalelse fra ADHD-ambulatoriet', category: 'Udtalelse', from: 'ADHD-ambulatoriet, Børne- og Ungdomspsykiatrien', receivedAt: d(-50) });
  addEffort(children, bMartin, { type: 'KONTAKT', status: 'active', start: d(-20), end: d(160), goal: 'Martin har en fast voksen at tale med og får hjælp til at huske sin medicin' });
  addMeeting(children, bMartin, { title: 'Børnesamtale', at: at(wd(20), '14:30'), place: 'Demoby Skole', participants: ['Martin Hansen', 'Hanne Kirk (rådgiver)'] });

  addDocument(children, bMie, { title: 'Underretning fra skolen om bekymrende fravær (28 %)', category: 'Underretning', from: 'Demoby Skole', receivedAt: d(-60) });
  addRequest(children, bMie, { type: 'SKOLE', requestedAt: d(-55), answeredAt: d(-41), status: 'answered', recipient: 'Demoby Skole, klasselærer 4.b' });
  addDocument(children, bMie, { title: 'Skoleudtalelse om Mie', category: 'Udtalelse', from: 'Demoby Skole', receivedAt: d(-41) });
  addEffort(children, bMie, { type: 'FREMMOEDE', status: 'active', start: d(-35), end: d(55), goal: 'Mie møder i skole alle dage; skolen ringer hjem ved fravær' });
  addMeeting(children, bMie, {
    title: 'Opfølgningsmøde med skolen', at: at(wd(24), '08:15'), place: 'Demoby Skole',
    participants: ['Trine Hansen', 'Mie Hansen', 'Hanne Kirk (rådgiver)', 'Klasselærer 4.b'],
  });

  const vT = addCitizen(adult, trine, { contacts: [V.rikke, V.thomas], info: [['Målgruppe', 'Borgere med nedsat psykisk funktionsevne'], ['Egen læge', 'Lægehuset Torvet']] });
  addCase(adult, vT, { title: 'Socialpædagogisk støtte', law: 'SEL § 85', status: 'active', opened: d(-50) });
  addEffort(adult, vT, {
    type: 'SEL85', status: 'active', start: d(-45), end: d(140), extent: '3 timer/uge', responsible: V.thomas,
    goal: 'Trine får struktur på ugen, holder sine aftaler og tager sin medicin som ordineret',
  });
  addRequest(adult, vT, { type: 'HELB-LAEGE', requestedAt: d(-3), status: 'pending', recipient: 'Egen læge, Lægehuset Torvet', note: 'Til vurdering af behov for længerevarende støtte' });
  addDocument(adult, vT, { title: 'Bevillingsbrev, socialpædagogisk støtte', category: 'Afgørelse', from: 'Visitationen, Demoby Kommune', receivedAt: d(-50) });
  addMeeting(adult, vT, {
    title: 'Opfølgning på § 85-støtte', at: at(c2, '13:00'), place: 'Hjemmebesøg, Solsikkevej 12',
    participants: ['Trine Hansen', 'Rikke Nørgaard (socialrådgiver)', 'Thomas Friis (bostøtte)'],
  });
  addPlan(adult, vT, {
    title: 'Handleplan', law: 'SEL § 141', status: 'active', created: d(-40), nextReview: d(50),
    goals: ['Trine har en fast ugeplan og holder mindst fire ud af fem aftaler', 'Trine tager sin medicin som aftalt med egen læge', 'Trine oplever mindre smerte og mere overskud til børnene'],
  });

  const sT = addCitizen(health, trine, { contacts: [S.niels], info: [['Egen læge', 'Lægehuset Torvet']] });
  addRequest(health, sT, { type: 'HENV-SMERTE', requestedAt: d(-50), status: 'pending', recipient: 'Tværfagligt Smertecenter, Regionshospitalet' });

  // ---------------------------------------------------------------- Pernille (21)
  const pernille = person('pernille');
  const jP = addCitizen(job, pernille, {
    contacts: [J.kasper, J.ali, J.yasmin],
    info: [['Målgruppe', 'Ressourceforløbsydelse'], ['Uddannelse', 'Afbrudt gymnasial uddannelse (2.g)'], ['Egen læge', 'Lægerne i Midtbyen']],
  });
  addCase(job, jP, { title: 'Ressourceforløb', law: 'LAB § 68 b', status: 'active', opened: d(-120) });
  addEffort(job, jP, { type: 'RESSOURCE', status: 'active', start: d(-120), end: d(245), goal: 'Afklaring af uddannelses- og arbejdsevne i samarbejde med psykiatrien' });
  addEffort(job, jP, {
    type: 'MENTOR', status: 'active', start: d(-90), end: d(90), extent: '3 timer/uge', responsible: J.ali,
    goal: 'Pernille holder kontakten til sine aftaler og får færre konflikter i hverdagen',
  });
  addEffort(job, jP, { type: 'BROBYG', status: 'planned', start: d(40), end: d(130), responsible: J.yasmin, goal: 'Genoptage uddannelse via brobygning' });
  addRequest(job, jP, { type: 'LAE265', requestedAt: d(-70), answeredAt: d(-48), status: 'answered', recipient: 'Egen læge, Lægerne i Midtbyen' });
  addDocument(job, jP, { title: 'LÆ 265 Attest til rehabiliteringsteam', category: 'Lægeattest', from: 'Lægerne i Midtbyen', receivedAt: d(-48), validUntil: d(135) });
  addMeeting(job, jP, { title: 'Rehabiliteringsteammøde', at: at(wd(-45), '10:00'), place: 'Jobcenter Demoby, lokale 3', participants: ['Pernille Holm Østergaard', 'Kasper Aagaard', 'Rehabiliteringsteamet'], status: 'closed' });
  addMeeting(job, jP, { title: 'Koordinerende samtale', at: at(wd(12), '11:00'), place: 'Jobcenter Demoby, mødelokale 2', participants: ['Pernille Holm Østergaard', 'Kasper Aagaard (koordinerende sagsbehandler)'] });
  addPlan(job, jP, {
    title: 'Min Plan', law: 'LAB § 27', status: 'active', created: d(-110), nextReview: d(20),
    goals: ['Gennemføre ressourceforløbet', 'Begynde på en uddannelse inden for et år', 'Fastholde behandlingen i psykiatrien'],
  });

  const vP = addCitizen(adult, pernille, { contacts: [V.pia, V.rikke], info: [['Målgruppe', 'Social Indsats, misbrug'], ['Egen læge', 'Lægerne i Midtbyen']] });
  addCase(adult, vP, { title: 'Opfølgning på misbrugsbehandling', law: 'SEL § 101', status: 'active', opened: d(-200) });
  addEffort(adult, vP, { type: 'SEL101', status: 'active', start: d(-200), end: d(165), extent: '1 samtale/uge', goal: 'Stabil afholdenhed og opfølgning på behandlingen' });
  addRequest(adult, vP, { type: 'HELB-LAEGE', requestedAt: d(-10), status: 'pending', recipient: 'Egen læge, Lægerne i Midtbyen' });
  addRequest(adult, vP, { type: 'PSYK-UDT', requestedAt: d(-45), deadline: d(-15), status: 'pending', recipient: 'Psykiatrisk Center Demoby' });
  addMeeting(adult, vP, { title: 'Statusmøde, misbrugsbehandling', at: at(wd(26), '10:30'), place: 'Misbrugscentret, Vestergade 20', participants: ['Pernille Holm Østergaard', 'Pia Andersen (misbrugskonsulent)'] });
  addPlan(adult, vP, {
    title: 'Handleplan', law: 'SEL § 141', status: 'active', created: d(-180), nextReview: d(10),
    goals: ['Pernille er stoffri og deltager i opfølgning hver uge', 'Pernille har en stabil bolig og økonomi'],
  });

  const sP = addCitizen(health, pernille, { contacts: [S.niels], info: [['Egen læge', 'Lægerne i Midtbyen']] });
  addEffort(health, sP, { type: 'RYG', status: 'active', start: d(-14), end: d(70), goal: 'Røgfri om tre måneder' });
  addMeeting(health, sP, { title: 'Statussamtale', at: at(wd(40), '15:00'), place: 'Sundhedshuset, lokale 4', participants: ['Pernille Holm Østergaard', 'Niels Holt (sygeplejerske)'] });

  // ---------------------------------------------------------------- Jakob (34)
  const jakob = person('jakob');
  const jJ = addCitizen(job, jakob, { contacts: [J.kasper], info: [['Målgruppe', 'Ressourceforløbsydelse'], ['Helbred', 'Piskesmæld efter trafikulykke'], ['Egen læge', 'Demoby Lægecenter']] });
  addCase(job, jJ, { title: 'Ressourceforløb', law: 'LAB § 68 b', status: 'active', opened: d(-90) });
  addEffort(job, jJ, { type: 'RESSOURCE', status: 'active', start: d(-90), end: d(275), goal: 'Afklare arbejdsevnen med fokus på smertehåndtering' });
  // The health centre received a status statement from the same GP three weeks ago: the municipality already has it.
  addRequest(job, jJ, { type: 'LAE125', requestedAt: d(-5), status: 'pending', recipient: 'Egen læge, Demoby Lægecenter' });
  addMeeting(job, jJ, { title: 'Rehabiliteringsteammøde', at: at(wd(16), '09:00'), place: 'Jobcenter Demoby, lokale 3', participants: ['Jakob Kjær', 'Kasper Aagaard', 'Rehabiliteringsteamet'] });
  addPlan(job, jJ, {
    title: 'Min Plan', law: 'LAB § 27', status: 'active', created: d(-85), nextReview: d(40),
    goals: ['Deltage i smertehåndtering', 'Afprøve 10 timers virksomhedspraktik om ugen'],
  });

  const sJ = addCitizen(health, jakob, { contacts: [S.camilla, S.niels], info: [['Egen læge', 'Demoby Lægecenter'], ['Diagnose', 'Piskesmæld (whiplash), kroniske smerter']] });
  addEffort(health, sJ, { type: 'GT140', status: 'active', start: d(-40), end: d(50), extent: '2 gange om ugen', goal: 'Jakob kan gå 2 km og klare sin personlige pleje selv' });
  addEffort(health, sJ, { type: 'SMERTE', status: 'active', start: d(-14), end: d(76), responsible: S.niels, goal: 'Smertehåndtering uden terapi, efter Jakobs eget ønske' });
  addRequest(health, sJ, { type: 'HENV-SMERTE', requestedAt: d(-75), answeredAt: d(-14), status: 'answered', recipient: 'Tværfagligt Smertecenter, Regionshospitalet' });
  addRequest(health, sJ, { type: 'STATUSATTEST', requestedAt: d(-35), answeredAt: d(-22), status: 'answered', recipient: 'Egen læge, Demoby Lægecenter' });
  addDocument(health, sJ, { title: 'Udtalelse fra smerteklinik', category: 'Udtalelse', from: 'Tværfagligt Smertecenter, Regionshospitalet', receivedAt: d(-14), validUntil: d(166) });
  addDocument(health, sJ, { title: 'Statusattest fra egen læge (LÆ 125)', category: 'Lægeattest', from: 'Demoby Lægecenter', receivedAt: d(-22), validUntil: d(68) });
  addDocument(health, sJ, { title: 'Genoptræningsplan fra sygehus', category: 'Genoptræningsplan', from: 'Regionshospitalet, Ortopædkirurgisk afd.', receivedAt: d(-42) });
  addMeeting(health, sJ, { title: 'Genoptræning, individuel', at: at(wd(-7), '08:30'), place: 'Genoptræningscenter Demoby', participants: ['Jakob Kjær', 'Camilla Enevoldsen (fysioterapeut)'], status: 'closed' });
  addMeeting(health, sJ, { title: 'Statussamtale', at: at(wd(30), '08:30'), place: 'Genoptræningscenter Demoby', participants: ['Jakob Kjær', 'Camilla Enevoldsen (fysioterapeut)'] });
  addPlan(health, sJ, {
    title: 'Genoptræningsplan', law: 'Sundhedsloven § 140', status: 'active', created: d(-40), nextReview: d(20),
    goals: ['Gå 2 km uden pause', 'Klare personlig hygiejne selv', 'Lave et enkelt måltid mad selv'],
  });

  const vJ = addCitizen(adult, jakob, { contacts: [V.ole], info: [['Målgruppe', 'Borgere med nedsat fysisk funktionsevne']] });
  addEffort(adult, vJ, { type: 'SEL83', status: 'active', start: d(-80), extent: '5 timer/uge', goal: 'Hjælp til personlig pleje, madlavning og rengøring' });

  // ---------------------------------------------------------------- Control citizens (no overlaps)
  const soeren = person('soeren');
  const jS = addCitizen(job, soeren, { contacts: [J.mette], info: [['Målgruppe', 'Jobparat kontanthjælpsmodtager']] });
  addEffort(job, jS, { type: 'JOBSOEG', status: 'active', start: d(-20), end: d(40), goal: 'Fast job som lagerarbejder' });
  addEffort(job, jS, { type: 'PRAKTIK', status: 'closed', start: d(-150), end: d(-120), goal: 'Afprøve lagerarbejde' });
  addRequest(job, jS, { type: 'LAE125', requestedAt: d(-100), answeredAt: d(-90), status: 'answered' });
  addDocument(job, jS, { title: 'LÆ 125 Statusattest', category: 'Lægeattest', from: 'Havnens Lægehus', receivedAt: d(-90), validUntil: d(-10) });
  addMeeting(job, jS, { title: 'Jobsamtale', at: at(wd(8), '13:30'), place: 'Jobcenter Demoby, skranke 4', participants: ['Søren Kragh Mikkelsen', 'Mette Skov (jobkonsulent)'] });
  addPlan(job, jS, { title: 'Min Plan', law: 'LAB § 27', status: 'active', created: d(-20), nextReview: d(70), goals: ['Fast job inden for 3 måneder'] });

  const aisha = person('aisha');
  const jA = addCitizen(job, aisha, { contacts: [J.mette], info: [['Målgruppe', 'Jobparat kontanthjælpsmodtager']] });
  addEffort(job, jA, { type: 'VEJLEDNING', status: 'active', start: d(-30), end: d(60), goal: 'Danskuddannelse modul 4' });
  addMeeting(job, jA, { title: 'Jobsamtale', at: at(wd(5), '10:30'), place: 'Jobcenter Demoby, skranke 2', participants: ['Aisha Rahimi', 'Mette Skov (jobkonsulent)'] });
  addPlan(job, jA, { title: 'Min Plan', law: 'LAB § 27', status: 'active', created: d(-30), nextReview: d(60), goals: ['Bestå danskprøve', 'Job i detailhandlen'] });
  const sA = addCitizen(health, aisha, { contacts: [S.camilla] });
  addEffort(health, sA, { type: 'GT140', status: 'active', start: d(-10), end: d(50), goal: 'Fuld bevægelighed i knæet efter operation' });
  addRequest(health, sA, { type: 'GOP', requestedAt: d(-12), answeredAt: d(-11), status: 'answered', recipient: 'Regionshospitalet' });
  addDocument(health, sA, { title: 'Genoptræningsplan fra sygehus', category: 'Genoptræningsplan', from: 'Regionshospitalet, Ortopædkirurgisk afd.', receivedAt: d(-11) });
  addMeeting(health, sA, { title: 'Afslutningssamtale', at: at(wd(40), '12:00'), place: 'Genoptræningscenter Demoby', participants: ['Aisha Rahimi', 'Camilla Enevoldsen (fysioterapeut)'] });

  const lone = person('lone');
  const vL = addCitizen(adult, lone, { contacts: [V.ole], info: [['Målgruppe', 'Ældre, hjemmepleje']] });
  addEffort(adult, vL, { type: 'SEL83', status: 'active', start: d(-365), extent: '2 timer/uge', goal: 'Hjælp til rengøring og indkøb' });
  addEffort(adult, vL, { type: 'SEL112', status: 'closed', start: d(-500), end: d(-480), goal: 'Rollator' });
  addRequest(adult, vL, { type: 'KORT-UDT', requestedAt: d(-400), answeredAt: d(-390), status: 'answered' });
  addMeeting(adult, vL, { title: 'Hjemmebesøg', at: at(wd(11), '10:00'), place: 'Kirkestræde 2', participants: ['Lone Dam', 'Ole Lind (visitator)'] });

  const sara = person('sara');
  const emil = person('emil');
  const bS = addCitizen(children, sara, { contacts: [B.morten], familyRole: 'parent', info: [['Rolle', 'Forælder med forældremyndighed']] });
  const bE = addCitizen(children, emil, { contacts: [B.morten], familyRole: 'child', info: [['Skole', 'Nordskolen, 3.a']] });
  addFamily(children, 'Familien Vestergaard', [bS, bE]);
  addEffort(children, bE, { type: 'AFLAST', status: 'active', start: d(-100), end: d(265), extent: '1 weekend/måned', goal: 'Emil har gode oplevelser og mor får aflastning' });
  addMeeting(children, bE, { title: 'Opfølgningsmøde', at: at(wd(13), '15:00'), place: 'Familierådgivningen, Rådhuset', participants: ['Sara Vestergaard', 'Morten Vinther (rådgiver)'] });
  addPlan(children, bE, { title: 'Barnets plan', law: 'Barnets lov § 91', status: 'active', created: d(-90), nextReview: d(90), goals: ['Emil trives i skolen og i aflastningen'] });

  const ids = (entries: [SystemKey, { id: string } | undefined][]): Partial<Record<SystemKey, string>> => {
    const out: Partial<Record<SystemKey, string>> = {};
    for (const [k, c] of entries) if (c) out[k] = c.id;
    return out;
  };
  const entry = (key: string, summary: string, control: boolean, present: [SystemKey, { id: string } | undefined][]): PersonaEntry => {
    const p = person(key);
    return { key, name: fullName(p), age: specAge(key), cpr: p.cpr, summary, control, ids: ids(present) };
  };
  return [
    entry('trine', 'Mor til Martin og Mie, kontanthjælp, smerter og depression. Familieplan.', false, [['job', jT], ['children', bT], ['adult', vT], ['health', sT]]),
    entry('martin', 'Trines søn, ADHD, tager ikke sin medicin korrekt.', false, [['children', bMartin]]),
    entry('mie', 'Trines datter, stort skolefravær.', false, [['children', bMie]]),
    entry('pernille', 'Borderline, ressourceforløb, mentor, opfølgning på misbrugsbehandling.', false, [['job', jP], ['adult', vP], ['health', sP]]),
    entry('jakob', 'Piskesmæld, kroniske smerter, ressourceforløb, genoptræning og smerteklinik.', false, [['job', jJ], ['adult', vJ], ['health', sJ]]),
    entry('soeren', 'Kontrolborger: kun jobcenter.', true, [['job', jS]]),
    entry('aisha', 'Kontrolborger: jobcenter og genoptræning uden overlap.', true, [['job', jA], ['health', sA]]),
    entry('lone', 'Kontrolborger: kun voksen-social.', true, [['adult', vL]]),
    entry('sara', 'Kontrolborger: mor til Emil, kun børn og familie.', true, [['children', bS]]),
    entry('emil', 'Kontrolborger: aflastning, kun børn og familie.', true, [['children', bE]]),
  ];
}
