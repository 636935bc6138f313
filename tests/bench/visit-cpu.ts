import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { armSetter } from './host-overhead';
import { SYSTEMS, largePages, log, median, sleep, sum, waitForQuietCpu, type Browsers, type SystemKey } from './util';

/** The Chromium processes a visit's CPU time is counted in, by what they do. */
export const PROCESS_GROUPS = ['browser', 'host page', 'extension', 'gpu', 'other'] as const;
export type ProcessGroup = (typeof PROCESS_GROUPS)[number];
type Cpu = Record<ProcessGroup, number>;

export interface VisitCpuRow {
  system: SystemKey;
  runs: number;
  /** CPU ms per visit (median of the visits), each group, with the content script registered and not. */
  with: Cpu;
  without: Cpu;
  /** CPU ms per visit, all processes (the median of the visits' sums, not the sum of the medians above). */
  withTotal: number;
  withoutTotal: number;
}

/** Visits per arm and system (BENCH_VISIT_RUNS overrides). CPU time is read in 10 ms ticks, so a few suffice. */
const RUNS = Number(process.env.BENCH_VISIT_RUNS ?? 6);
/** From navigation on: the page's load and settling, and what the extension does after (reads, stores, panel). */
const WINDOW_MS = 4000;

/** Linux's /proc: the browser with the extension loaded and its descendants, CPU ms each, by group. */
function readCpu(): Cpu | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const procs: { pid: number; ppid: number; ms: number; cmd: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the ")" of the command name: state ppid ... utime (11) stime (12), in ticks of 10 ms.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.push({ pid: Number(entry), ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 10, cmd: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // The process ended while being read.
    }
  }
  const root = procs.find((p) => p.cmd.includes('--load-extension=') && !p.cmd.includes('--type='));
  if (!root) return undefined;
  const family = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (family.has(p.pid) || !family.has(p.ppid)) continue;
      family.add(p.pid);
      grew = true;
    }
  }
  const cpu: Cpu = { browser: 0, 'host page': 0, extension: 0, gpu: 0, other: 0 };
  for (const p of procs.filter((q) => family.has(q.pid))) cpu[groupOf(p.cmd)] += p.ms;
  return cpu;
}

function groupOf(cmd: string): ProcessGroup {
  // Space-separated: Chromium rewrites its children's command lines (setproctitle), NUL-separated or not.
  const type = /--type=(\S+)/.exec(cmd)?.[1];
  if (!type) return 'browser';
  // The extension's renderer runs its service worker and the panel's page.
  if (type === 'renderer') return cmd.includes('--extension-process') ? 'extension' : 'host page';
  return type === 'gpu-process' ? 'gpu' : 'other';
}

/**
 * What a repeat visit of the largest page of each system costs the machine in CPU time, in every process of the
 * browser, with the extension's content script registered and not (same browser; host-overhead.ts `armSetter`), the
 * arms alternating: load-to-idle (section 1) counts only what delays the page; this counts all the extension does
 * for a visit, most of it once the page has settled (reading it, storing it, the panel's own page).
 */
export async function measureVisitCpu(browsers: Browsers, urls: Record<SystemKey, string>): Promise<VisitCpuRow[]> {
  if (!readCpu()) throw new Error('no /proc to read CPU time from (Linux only)');
  const setArm = await armSetter(browsers);
  const visit = async (arm: 'with' | 'without', url: string): Promise<Cpu> => {
    const context = await setArm(arm);
    await waitForQuietCpu();
    const page = await context.newPage();
    try {
      const before = readCpu()!;
      const started = Date.now();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await sleep(WINDOW_MS - (Date.now() - started));
      const after = readCpu()!;
      return Object.fromEntries(PROCESS_GROUPS.map((g) => [g, after[g] - before[g]])) as Cpu;
    } finally {
      await page.close();
    }
  };
  const pages = largePages(urls);
  const out: VisitCpuRow[] = [];
  try {
    for (const system of SYSTEMS) {
      const url = pages[system];
      // The first visit stores the page: every measured visit is a repeat visit.
      for (const arm of ['with', 'without'] as const) await visit(arm, url);
      const runs = { with: [] as Cpu[], without: [] as Cpu[] };
      for (let i = 0; i < RUNS; i++) for (const arm of i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) runs[arm].push(await visit(arm, url));
      const medians = (list: Cpu[]) => Object.fromEntries(PROCESS_GROUPS.map((g) => [g, median(list.map((c) => c[g]))])) as Cpu;
      const total = (list: Cpu[]) => median(list.map((c) => sum(Object.values(c))));
      const row: VisitCpuRow = { system, runs: RUNS, with: medians(runs.with), without: medians(runs.without), withTotal: total(runs.with), withoutTotal: total(runs.without) };
      log(`visit CPU ${system}: with ${row.withTotal} ms ${JSON.stringify(row.with)}, without ${row.withoutTotal} ms ${JSON.stringify(row.without)}`);
      out.push(row);
    }
  } finally {
    await setArm('with');
  }
  return out;
}
