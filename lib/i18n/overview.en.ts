import type { overviewDa } from './overview.da';

export const overviewEn: Record<keyof typeof overviewDa, string> = {
  'overview.title': 'One plan',
};
