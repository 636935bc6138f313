/** Strings of the overview page (Danish). Kept apart from da.ts so the panel's keys and these never collide in an edit. */
export const overviewDa = {
  'overview.title': 'Én plan',
} as const;
