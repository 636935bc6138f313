/**
 * A persona registered a second time, WITHOUT a confirmed CPR: SundhedsPortalen created "Trine Hansen" from a paper
 * referral from her GP (pain and medication) with name and birth date only, so it shows her CPR masked (DDMMYY-xxxx).
 * Real case systems hold such duplicate registrations; the extension must never link them on name and birth date
 * alone, only suggest the link for a caseworker to confirm or reject (issue 4 point 2, the panel's suggested links).
 *
 * Added after "Test Stor" so every persona and benchmark id stays as documented; with a generated population the
 * generated citizens' SundhedsPortalen ids come one later. Nothing here is linked to Trine by CPR, so her expected
 * flags do not change until a caseworker confirms the link.
 */
import { addDays, nextWorkday } from '../shared/dates';
import { addCitizen, addEffort, addMeeting } from './records';
import type { PersonaEntry, SystemData, SystemKey } from './types';
import { WORKERS } from './workers';

export function addRegistrationsWithoutCpr(systems: Record<SystemKey, SystemData>, personas: PersonaEntry[], today: string): void {
  const d = (n: number) => addDays(today, n);
  const trine = personas.find((p) => p.key === 'trine');
  const known = systems.health.citizens.find((c) => c.person.key === 'trine');
  if (!trine || !known) return;
  const S = WORKERS.health;
  const c = addCitizen(systems.health, known.person, {
    contacts: [S.niels],
    info: [['Bemærkning', 'Oprettet ud fra henvisning fra egen læge. CPR-nummer ikke bekræftet.'], ['Henvist af', 'Lægehuset Torvet']],
  });
  c.cprMasked = true;
  addEffort(systems.health, c, {
    type: 'SMERTE', status: 'planned', start: d(14), end: d(98), responsible: S.niels,
    goal: 'Trine lærer at håndtere sine smerter i hverdagen og får gennemgået sin medicin',
  });
  addMeeting(systems.health, c, {
    title: 'Forsamtale, smertehåndtering', at: `${nextWorkday(d(10))}T10:00`, place: 'Sundhedshuset, lokale 2',
    participants: ['Trine Hansen', 'Niels Holt (sygeplejerske)'],
  });
  trine.withoutCpr = { ...trine.withoutCpr, health: c.id };
}
