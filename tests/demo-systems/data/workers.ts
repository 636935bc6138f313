/** Fictional municipal staff of "Demoby Kommune", per system. E-mail domain is reserved (.example). */
import type { SystemKey, Worker } from './types';

const w = (id: string, name: string, role: string, unit: string, phone: string): Worker => ({
  id,
  name,
  role,
  unit,
  phone,
  email: `${name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z]+/g, '.')}@demoby.example`,
});

export const WORKERS = {
  job: {
    lene: w('LB4711', 'Lene Bro', 'Jobkonsulent', 'Team Kontanthjælp', '44 77 31 10'),
    kasper: w('KA2210', 'Kasper Aagaard', 'Koordinerende sagsbehandler', 'Team Ressourceforløb', '44 77 31 22'),
    mette: w('MS1034', 'Mette Skov', 'Jobkonsulent', 'Team Jobparate', '44 77 31 35'),
    ali: w('AD3302', 'Ali Demir', 'Mentor', 'Mentorkorpset', '44 77 31 48'),
    yasmin: w('YP5120', 'Yasmin Poulsen', 'Ungerådgiver', 'Ungeindsatsen', '44 77 31 57'),
  },
  children: {
    hanne: w('HK0815', 'Hanne Kirk', 'Socialrådgiver', 'Familierådgivningen, Team Øst', '44 77 42 01'),
    jonas: w('JP0420', 'Jonas Pihl', 'Familiebehandler', 'Familiehuset', '44 77 42 19'),
    sofie: w('SB0977', 'Sofie Bach', 'Skolepsykolog', 'PPR', '44 77 42 33'),
    morten: w('MV0612', 'Morten Vinther', 'Socialrådgiver', 'Familierådgivningen, Team Vest', '44 77 42 47'),
  },
  adult: {
    rikke: w('RN7781', 'Rikke Nørgaard', 'Socialrådgiver', 'Handicap og Psykiatri, Voksenteamet', '44 77 53 12'),
    thomas: w('TF7702', 'Thomas Friis', 'Bostøttemedarbejder', 'Bostøtten Nord', '44 77 53 26'),
    pia: w('PA7745', 'Pia Andersen', 'Misbrugskonsulent', 'Social Indsats, Misbrugscentret', '44 77 53 39'),
    ole: w('OL7790', 'Ole Lind', 'Visitator', 'Visitationen', '44 77 53 44'),
  },
  health: {
    camilla: w('CE9012', 'Camilla Enevoldsen', 'Fysioterapeut', 'Genoptræningscenter Demoby', '44 77 64 08'),
    niels: w('NH9044', 'Niels Holt', 'Sygeplejerske', 'Sundhedshuset Demoby', '44 77 64 15'),
    birgitte: w('BL9071', 'Birgitte Lauridsen', 'Ergoterapeut', 'Genoptræningscenter Demoby', '44 77 64 27'),
  },
} as const;

export function workerPool(system: SystemKey): Worker[] {
  return Object.values(WORKERS[system]);
}
