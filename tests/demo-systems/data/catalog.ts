/**
 * Each system's own vocabulary: information types (with answer deadline in days and fee in kr.), effort types (with
 * legal basis) and meeting subjects. The forms' <select> options come from here, by code (value) and label (text).
 * Fees and deadlines follow the 2013 LÆ fee list in DESIGN.md where one is given; they are demo defaults only.
 */
import type { SystemKey } from './types';

export interface RequestType {
  code: string;
  label: string;
  deadlineDays: number;
  fee?: number;
  defaultRecipient: string;
}

export interface EffortType {
  code: string;
  title: string;
  law: string;
  provider: string;
}

export interface Catalog {
  requestTypes: RequestType[];
  effortTypes: EffortType[];
  meetingSubjects: string[];
}

const job: Catalog = {
  requestTypes: [
    { code: 'LAE265', label: 'LÆ 265 Attest til rehabiliteringsteam', deadlineDays: 30, fee: 1544, defaultRecipient: 'Egen læge' },
    { code: 'LAE125', label: 'LÆ 125 Statusattest', deadlineDays: 14, fee: 397, defaultRecipient: 'Egen læge' },
    { code: 'LAE135', label: 'LÆ 135 Specifik helbredsattest', deadlineDays: 30, fee: 796, defaultRecipient: 'Egen læge' },
    { code: 'LAE145', label: 'LÆ 145 Generel helbredsattest', deadlineDays: 30, fee: 1544, defaultRecipient: 'Egen læge' },
    { code: 'LAE165', label: 'LÆ 165 Forslag til socialmedicinsk sagsbehandling', deadlineDays: 14, fee: 0, defaultRecipient: 'Egen læge' },
    { code: 'LAE225', label: 'LÆ 225 Attest ved kronisk sygdom', deadlineDays: 14, fee: 152, defaultRecipient: 'Egen læge' },
    { code: 'LAE285', label: 'LÆ 285 Opfølgning på sygedagpenge', deadlineDays: 14, defaultRecipient: 'Egen læge' },
    { code: 'LAE105', label: 'LÆ 105 Journaloplysninger fra sygehus', deadlineDays: 30, defaultRecipient: 'Sygehus' },
    { code: 'LAE155', label: 'LÆ 155 Speciallægeerklæring', deadlineDays: 30, defaultRecipient: 'Speciallæge' },
  ],
  effortTypes: [
    { code: 'MENTOR', title: 'Mentorstøtte', law: 'LAB § 31 b', provider: 'Jobcenter Demoby, Mentorkorpset' },
    { code: 'RESSOURCE', title: 'Ressourceforløb', law: 'LAB § 68 b', provider: 'Jobcenter Demoby, Team Ressourceforløb' },
    { code: 'PRAKTIK', title: 'Virksomhedspraktik', law: 'LAB § 42', provider: 'Virksomhed efter aftale' },
    { code: 'LOENTILSKUD', title: 'Ansættelse med løntilskud', law: 'LAB § 51', provider: 'Privat arbejdsgiver' },
    { code: 'VEJLEDNING', title: 'Vejledning og opkvalificering', law: 'LAB § 32', provider: 'Demoby Sprog- og Jobcenter' },
    { code: 'JOBSOEG', title: 'Jobsøgningskursus', law: 'LAB § 32', provider: 'Jobcenter Demoby' },
    { code: 'BROBYG', title: 'Brobygning til uddannelse', law: 'LAB § 32', provider: 'Ungeindsatsen Demoby' },
  ],
  meetingSubjects: ['Opfølgningssamtale', 'Rehabiliteringsteammøde', 'Samtale om Min Plan', 'Jobsamtale', 'Koordinerende samtale'],
};

const children: Catalog = {
  requestTypes: [
    { code: 'BFU', label: 'Børnefaglig undersøgelse (Barnets lov § 20)', deadlineDays: 120, defaultRecipient: 'Familierådgivningen' },
    { code: 'PPR', label: 'Psykologisk vurdering ved skolepsykolog (PPR)', deadlineDays: 60, defaultRecipient: 'PPR, skolepsykolog' },
    { code: 'SKOLE', label: 'Skoleudtalelse', deadlineDays: 14, defaultRecipient: 'Skolen' },
    { code: 'LAEGE', label: 'Lægeudtalelse om barnet', deadlineDays: 30, fee: 796, defaultRecipient: 'Egen læge' },
    { code: 'BUC', label: 'Udtalelse fra børne- og ungdomspsykiatrien (ADHD-ambulatoriet)', deadlineDays: 30, defaultRecipient: 'ADHD-ambulatoriet' },
    { code: 'SUNDPL', label: 'Udtalelse fra sundhedsplejen', deadlineDays: 14, defaultRecipient: 'Sundhedsplejen' },
  ],
  effortTypes: [
    { code: 'FAMBEH', title: 'Familiebehandling', law: 'Barnets lov § 32', provider: 'Familiehuset Demoby' },
    { code: 'KONTAKT', title: 'Fast kontaktperson for barnet', law: 'Barnets lov § 32', provider: 'Familiehuset Demoby' },
    { code: 'FREMMOEDE', title: 'Fremmødeindsats i samarbejde med skolen', law: 'Barnets lov § 32', provider: 'Familiehuset Demoby' },
    { code: 'AFLAST', title: 'Aflastning', law: 'Barnets lov § 32', provider: 'Aflastningsfamilie' },
    { code: 'PSYKSTOT', title: 'Psykologbehandling af barnet', law: 'Barnets lov § 32', provider: 'PPR Demoby' },
  ],
  meetingSubjects: ['Netværksmøde', 'Børnesamtale', 'Opfølgningsmøde med skolen', 'Familiesamtale', 'Tværfagligt møde'],
};

const adult: Catalog = {
  requestTypes: [
    { code: 'HELB-LAEGE', label: 'Helbredsoplysninger fra egen læge (LÆ 265)', deadlineDays: 30, fee: 1544, defaultRecipient: 'Egen læge' },
    { code: 'GEN-HELB', label: 'Generel helbredsattest', deadlineDays: 30, fee: 1544, defaultRecipient: 'Egen læge' },
    { code: 'KORT-UDT', label: 'Kort lægeudtalelse (statusattest)', deadlineDays: 14, fee: 397, defaultRecipient: 'Egen læge' },
    { code: 'PSYK-UDT', label: 'Udtalelse fra psykiatrien', deadlineDays: 30, defaultRecipient: 'Psykiatrisk Center' },
    { code: 'SPEC-UDT', label: 'Speciallægeudtalelse', deadlineDays: 30, defaultRecipient: 'Speciallæge' },
    { code: 'MISBRUG-STATUS', label: 'Statusudtalelse fra misbrugsbehandlingen', deadlineDays: 14, defaultRecipient: 'Misbrugscentret' },
  ],
  effortTypes: [
    { code: 'SEL85', title: 'Socialpædagogisk støtte', law: 'SEL § 85', provider: 'Bostøtten Nord' },
    { code: 'SEL101', title: 'Misbrugsbehandling, opfølgning', law: 'SEL § 101', provider: 'Misbrugscentret Demoby' },
    { code: 'SEL83', title: 'Personlig og praktisk hjælp', law: 'SEL § 83', provider: 'Hjemmeplejen Demoby' },
    { code: 'SEL97', title: 'Ledsageordning', law: 'SEL § 97', provider: 'Ledsagerkorpset' },
    { code: 'SEL112', title: 'Hjælpemidler', law: 'SEL § 112', provider: 'Hjælpemiddeldepotet' },
    { code: 'SEL104', title: 'Aktivitets- og samværstilbud', law: 'SEL § 104', provider: 'Værestedet Havnen' },
  ],
  meetingSubjects: ['Opfølgning på indsats', 'Visitationsmøde', 'Hjemmebesøg', 'Statusmøde', 'Handleplansmøde'],
};

const health: Catalog = {
  requestTypes: [
    { code: 'HENV-SMERTE', label: 'Henvisning til smerteklinik', deadlineDays: 90, defaultRecipient: 'Tværfagligt Smertecenter' },
    { code: 'STATUSATTEST', label: 'Statusattest fra egen læge (LÆ 125)', deadlineDays: 14, fee: 397, defaultRecipient: 'Egen læge' },
    { code: 'EPIKRISE', label: 'Epikrise fra sygehus', deadlineDays: 14, defaultRecipient: 'Sygehus' },
    { code: 'GOP', label: 'Genoptræningsplan fra sygehus', deadlineDays: 7, defaultRecipient: 'Sygehus' },
    { code: 'FYSIO-UDT', label: 'Udtalelse fra fysioterapeut', deadlineDays: 14, defaultRecipient: 'Fysioterapeut' },
  ],
  effortTypes: [
    { code: 'GT140', title: 'Genoptræning', law: 'Sundhedsloven § 140', provider: 'Genoptræningscenter Demoby' },
    { code: 'SMERTE', title: 'Smertehåndteringsforløb', law: 'Sundhedsloven § 119', provider: 'Sundhedshuset Demoby' },
    { code: 'RYG', title: 'Rygestopforløb', law: 'Sundhedsloven § 119', provider: 'Sundhedshuset Demoby' },
    { code: 'KOL', title: 'Rehabilitering ved kronisk sygdom', law: 'Sundhedsloven § 119', provider: 'Sundhedshuset Demoby' },
    { code: 'SUNDSAMT', title: 'Forebyggende sundhedssamtaler', law: 'Sundhedsloven § 119', provider: 'Sundhedshuset Demoby' },
  ],
  meetingSubjects: ['Genoptræning, individuel', 'Opstartssamtale', 'Statussamtale', 'Holdtræning', 'Afslutningssamtale'],
};

export const CATALOG: Record<SystemKey, Catalog> = { job, children, adult, health };

export function requestType(system: SystemKey, code: string): RequestType {
  const t = CATALOG[system].requestTypes.find((r) => r.code === code);
  if (!t) throw new Error(`${system}: unknown information type ${code}`);
  return t;
}

export function effortType(system: SystemKey, code: string): EffortType {
  const t = CATALOG[system].effortTypes.find((r) => r.code === code);
  if (!t) throw new Error(`${system}: unknown effort type ${code}`);
  return t;
}
