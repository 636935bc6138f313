import { describe, expect, it } from 'vitest';
import { bootstrapInterval, median, pairedRatio } from '../bench/stats';

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('bootstrapInterval', () => {
  const steady = [100, 101, 99, 100, 102, 98, 100, 101, 99, 100];
  const noisy = [60, 140, 90, 130, 70, 110, 100, 150, 50, 120];
  const width = ([lo, hi]: [number, number]) => hi - lo;

  it('holds the statistic, and is the same for the same sample', () => {
    const [lo, hi] = bootstrapInterval(noisy, median);
    expect(lo).toBeLessThanOrEqual(median(noisy));
    expect(hi).toBeGreaterThanOrEqual(median(noisy));
    expect(bootstrapInterval(noisy, median)).toEqual([lo, hi]);
  });

  it('is wide for a sample that varies much and narrow for one that varies little', () => {
    expect(width(bootstrapInterval(noisy, median))).toBeGreaterThan(10 * width(bootstrapInterval(steady, median)));
  });

  it('gives no interval for no sample', () => {
    expect(bootstrapInterval([], median)).toEqual([NaN, NaN]);
  });
});

describe('pairedRatio', () => {
  // The machine's load drifts: every load of the later rounds is slower, in both arms.
  const without = [600, 620, 640, 700, 760, 820, 900, 980, 1050, 1100, 1150, 1200];

  it('sees through drift that the ratio of the medians keeps as noise', () => {
    const withExt = without.map((x, i) => x * (i % 2 ? 1.08 : 1.12));
    const { ratio, interval } = pairedRatio(withExt, without);
    expect(ratio).toBeCloseTo(1.1, 5);
    expect(interval[0]).toBeGreaterThanOrEqual(1.08);
    expect(interval[1]).toBeLessThanOrEqual(1.12);
  });

  it('refuses arms of different lengths', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/2 loads against 1/);
  });
});
