/** Where a citizen's main page is in each demo system (used by the start page, the tests and e2e). */
import type { SystemKey } from './data/types';

export function citizenPath(system: SystemKey, id: string): string {
  const e = encodeURIComponent(id);
  switch (system) {
    case 'job': return `/borger/${e}`;
    case 'children': return `/sag/ramme?id=${e}`;
    case 'adult': return `/borger/${e}`;
    case 'health': return `/borger/${e}`;
  }
}

export const SYSTEM_NAMES: Record<SystemKey, string> = {
  job: 'JobSag (jobcenter)',
  children: 'BørneSag (børn og familie)',
  adult: 'VoksenNet (voksen-social)',
  health: 'SundhedsPortalen (sundhed og genoptræning)',
};
