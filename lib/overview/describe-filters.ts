import type { Filters } from './select';

/** The criteria as one line for the access log: what was searched for, with which filters. */
export function describeFilters(f: Filters): string {
  const parts = [`status=${f.status}`];
  if (f.query) parts.unshift(`query=${JSON.stringify(f.query)}`);
  if (f.rule) parts.push(`rule=${f.rule}`);
  if (f.sector) parts.push(`sector=${f.sector}`);
  if (f.unit) parts.push(`unit=${JSON.stringify(f.unit.split('|')[1] ?? f.unit)}`);
  if (f.from) parts.push(`from=${f.from}`);
  if (f.to) parts.push(`to=${f.to}`);
  return parts.join(' ');
}
