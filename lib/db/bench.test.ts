import { describe, expect, it } from 'vitest';
import { benchIngest, syntheticReports } from './bench';

describe('benchIngest', () => {
  it('builds pages of 100 records over N/20 citizens and reports both throughputs (timings not asserted)', async () => {
    const reports = syntheticReports(250);
    expect(reports.map((r) => r.records.length)).toEqual([100, 100, 50]);
    expect(new Set(reports.flatMap((r) => r.records.map((x) => x.citizen.cpr))).size).toBe(13);
    const [row] = await benchIngest([250]);
    expect(row).toMatchObject({ records: 250, citizens: 13 });
    for (const v of [row!.ingestPerSecond, row!.rawPerSecond, row!.ratio]) expect(Number.isFinite(v) && v > 0).toBe(true);
  });
});
