import { pathToFileURL } from 'node:url';
import type { CaseworkRecord } from '../model/record';
import { defaultSettings } from '../model/settings';
import { detectAll } from './index';
import { checkNewRequest } from './precheck';
import { generatePopulation } from './population';
import { groupBy } from './records';

export type DetectAllRun = { records: number; citizens: number; ms: number; recordsPerSecond: number; flags: number };
export type PrecheckRun = { records: number; runs: number; medianMs: number; p95Ms: number; maxMs: number };
export type DetectionBench = { detectAll: DetectAllRun[]; precheck: PrecheckRun };

const NOW = '2026-11-20';
const RECORDS_PER_CITIZEN = 50;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Throughput of detectAll over populations of the given sizes (50 records a citizen, each citizen its own
 * context as the panel and the overview run it), and the pre-check latency the form guard sees for a citizen
 * with 1,000 records. Timings only: the tests never assert them.
 */
export function benchDetection(sizes: number[] = [1_000, 10_000, 100_000], precheckRuns = 200): DetectionBench {
  const settings = defaultSettings();
  // Steady state, not the JIT's first impression: one unmeasured pass warms the rules up.
  const warm = generatePopulation({ seed: 0, citizens: 100, recordsPerCitizen: 50, now: NOW });
  for (const own of groupBy(warm, (r) => r.citizen.cpr).values()) detectAll({ records: own, now: NOW, settings });
  const runs: DetectAllRun[] = sizes.map((size) => {
    const citizens = Math.max(1, Math.round(size / RECORDS_PER_CITIZEN));
    const records = generatePopulation({ seed: size, citizens, recordsPerCitizen: Math.ceil(size / citizens), now: NOW }).slice(0, size);
    const start = performance.now();
    let flags = 0;
    for (const own of groupBy(records, (r) => r.citizen.cpr).values()) flags += detectAll({ records: own, now: NOW, settings }).length;
    const ms = performance.now() - start;
    return { records: records.length, citizens, ms, recordsPerSecond: records.length / (ms / 1000), flags };
  });

  const one: CaseworkRecord[] = generatePopulation({ seed: 1, citizens: 1, recordsPerCitizen: 1_000, now: NOW });
  const cpr = one[0]!.citizen.cpr!;
  const ctx = { records: one, now: NOW, settings };
  const times: number[] = [];
  for (let i = 0; i < precheckRuns; i++) {
    const t = performance.now();
    checkNewRequest(ctx, { citizenCpr: cpr, infoType: 'rehabilitation-team-statement' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    detectAll: runs,
    precheck: { records: one.length, runs: precheckRuns, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: times[times.length - 1] ?? 0 },
  };
}

export function benchTable(b: DetectionBench): string {
  const rows = b.detectAll.map(
    (r) => `| detectAll | ${r.records} | ${r.citizens} | ${r.ms.toFixed(1)} ms | ${Math.round(r.recordsPerSecond).toLocaleString('en')} records/s | ${r.flags} flags |`,
  );
  return [
    '| what | records | citizens | time | throughput | output |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| checkNewRequest | ${b.precheck.records} | 1 | median ${b.precheck.medianMs.toFixed(3)} ms, p95 ${b.precheck.p95Ms.toFixed(3)} ms | ${b.precheck.runs} runs | max ${b.precheck.maxMs.toFixed(3)} ms |`,
  ].join('\n');
}

const invokedDirectly = typeof process !== 'undefined' && !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  console.log('## Detection\n');
  console.log(benchTable(benchDetection()));
}
