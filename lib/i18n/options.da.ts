/** Strings of the options page (Danish). Kept apart from da.ts so the panel's keys and these never collide in an edit. */
export const optionsDa = {
  'options.title': 'Én plan',
} as const;
