/** Native id formats, one convention per vendor (documented in README "Native ids"). */
import type { RecordKind, SystemData } from './types';

type IdKind = RecordKind | 'citizen' | 'family';

const JOB_PREFIX: Record<RecordKind, string> = { case: 'SAG', effort: 'IND', request: 'ANM', document: 'DOK', meeting: 'MOE', plan: 'PLN' };
const HEALTH_PREFIX: Record<RecordKind, string> = { case: 'FS', effort: 'FL', request: 'AN', document: 'UD', meeting: 'AF', plan: 'PL' };

function bump(sys: SystemData, counter: string): number {
  const n = (sys.counters[counter] ?? 0) + 1;
  sys.counters[counter] = n;
  return n;
}

export function nextId(sys: SystemData, kind: IdKind): string {
  switch (sys.system) {
    case 'job': {
      if (kind === 'citizen') return String(100000 + bump(sys, 'citizen'));
      if (kind === 'family') throw new Error('JobSag has no families');
      return `${JOB_PREFIX[kind]}-${String(bump(sys, kind)).padStart(6, '0')}`;
    }
    case 'children': {
      if (kind === 'citizen') return `P${2000 + bump(sys, 'citizen')}`;
      if (kind === 'family') return `F${300 + bump(sys, 'family')}`;
      // One journal series for everything on a case: "Sagsnr." BS-40001, BS-40002 ...
      return `BS-${40000 + bump(sys, 'record')}`;
    }
    case 'adult': {
      if (kind === 'citizen') return String(8000 + bump(sys, 'citizen'));
      if (kind === 'family') throw new Error('VoksenNet has no families');
      return String(55000 + bump(sys, 'record'));
    }
    case 'health': {
      if (kind === 'citizen') return String(1000 + bump(sys, 'citizen'));
      if (kind === 'family') throw new Error('SundhedsPortalen has no families');
      return `${HEALTH_PREFIX[kind]}-${String(bump(sys, kind)).padStart(5, '0')}`;
    }
  }
}
