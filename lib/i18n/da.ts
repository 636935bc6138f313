/** Danish is the product's first language; every UI string lives here and in en.ts, never in components. */
export const da = {
  'app.name': 'Én plan',
  'panel.collapse': 'Skjul Én plan',
  'panel.expand': 'Åbn Én plan',
  'panel.noCitizen': 'Ingen borger er åben på denne side.',
  'panel.notSystemPage': 'Denne side er ikke en side, Én plan kan læse.',
  'panel.loading': 'Henter …',
  'citizen.cpr': 'CPR',
  'citizen.revealCpr': 'Vis CPR-nummer',
  'citizen.hideCpr': 'Skjul CPR-nummer',
  'readErrors.title': 'Kunne ikke læse alt på denne side',
  'readErrors.item': 'Kunne ikke læse {field} i {recordKind} ({record}) på {system} – {message}. Intet fra denne post er gemt.',
  'sector.job': 'Jobcenter',
  'sector.children': 'Børn og familie',
  'sector.adult': 'Voksen social',
  'sector.health': 'Sundhed og rehabilitering',
} as const;
export type MessageKey = keyof typeof da;
