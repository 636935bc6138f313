import type { MessageKey } from './da';

export const en: Record<MessageKey, string> = {
  'app.name': 'One plan',
  'panel.collapse': 'Hide One plan',
  'panel.expand': 'Open One plan',
  'panel.noCitizen': 'No citizen is open on this page.',
  'panel.notSystemPage': 'This page is not one One plan can read.',
  'panel.loading': 'Loading …',
  'citizen.cpr': 'CPR',
  'citizen.revealCpr': 'Show CPR number',
  'citizen.hideCpr': 'Hide CPR number',
  'readErrors.title': 'Could not read everything on this page',
  'readErrors.item': 'Could not read {field} of {recordKind} ({record}) in {system} – {message}. Nothing from this record was stored.',
  'sector.job': 'Jobcentre',
  'sector.children': 'Children and family',
  'sector.adult': 'Adult social services',
  'sector.health': 'Health and rehabilitation',
};
