import type { SystemKey } from '../demo-systems/data/types';

/**
 * The pages a caseworker opens for one citizen in each demo system, as paths after the system's origin.
 * Paginated lists are shown whole (pr_side) the way a caseworker would page through them.
 */
export function personaPages(system: SystemKey, id: string): string[] {
  switch (system) {
    case 'job':
      return ['', '/indsatser?pr_side=100', '/anmodninger?pr_side=100', '/dokumenter?pr_side=100', '/moeder?pr_side=100', '/plan'].map(
        (p) => `/borger/${id}${p}`,
      );
    case 'children':
      return ['overblik', 'familie', 'indsatser', 'undersoegelser', 'dokumenter', 'moeder', 'handleplan'].map((v) => `/sag/ramme?id=${id}&vis=${v}`);
    case 'adult':
      return ['', '/ydelser', '/forespoergsler', '/dokumenter', '/aftaler', '/handleplan'].map((p) => `/borger/${id}${p}`);
    case 'health':
      return ['', '/forloeb', '/henvisninger', '/udtalelser', '/aftaler', '/plan'].map((p) => `/borger/${id}${p}`);
  }
}
