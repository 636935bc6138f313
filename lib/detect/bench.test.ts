import { describe, expect, it } from 'vitest';
import { benchDetection, benchTable } from './bench';

// Shape only: timings depend on the machine and are reported by the bench, never asserted.
describe('benchDetection', () => {
  it('reports throughput per size and pre-check latency', () => {
    const b = benchDetection([200, 500], 3);
    expect(b.detectAll.map((r) => r.records)).toEqual([200, 500]);
    for (const r of b.detectAll) expect(r.recordsPerSecond).toBeGreaterThan(0);
    expect(b.precheck).toMatchObject({ records: 1000, runs: 3 });
    expect(benchTable(b).split('\n')).toHaveLength(5);
  });
});
