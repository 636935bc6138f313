/** Plain statistics for the bench, apart from util.ts so unit tests can take them without a browser. */

import { createRng } from '../demo-systems/data/rng';

export const median = (xs: readonly number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Percentile bootstrap interval of `stat` over `xs`, resampled with replacement. Seeded: a report's loads always give
 * it the same interval.
 */
export function bootstrapInterval(xs: readonly number[], stat: (xs: number[]) => number, { level = 0.9, resamples = 4000, seed = 1 } = {}): [number, number] {
  if (!xs.length) return [NaN, NaN];
  const { next } = createRng(seed);
  const stats = Array.from({ length: resamples }, () => stat(Array.from(xs, () => xs[Math.floor(next() * xs.length)]!))).sort((x, y) => x - y);
  const at = (q: number) => stats[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
  return [at((1 - level) / 2), at((1 + level) / 2)];
}

/**
 * `a` against `b` where a[i] and b[i] were loaded back to back (one round of an interleaved run): the median of the
 * rounds' ratios, and its 90 % interval. On a shared 2-core machine one load varies by ±20 %, much of it with what
 * the machine is doing at that moment, which both loads of a round share: the ratio of each arm's median keeps that
 * noise (at 12 loads its interval spanned about ±15 %), the rounds' ratios lose part of it (±5-10 %). The interval is
 * this run's load-to-load noise only: what changes between runs (the machine's other work over tens of minutes) can
 * move a ratio further.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): { ratio: number; interval: [number, number] } {
  if (a.length !== b.length) throw new Error(`pairedRatio: ${a.length} loads against ${b.length}`);
  const ratios = a.map((x, i) => x / b[i]!);
  return { ratio: median(ratios), interval: bootstrapInterval(ratios, median) };
}
