import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { prepare, type Prepared } from '@/lib/overview/prepare';
import { matchingFlags, NO_FILTERS, selectRows, sortRows } from '@/lib/overview/select';
import type { DataSource } from '@/lib/overview/source';

export type LoadState =
  | { kind: 'loading' }
  /**
   * `refreshing`: the store changed (a colleague's file was merged) and the data shown is the old union until the
   * new one is read; exports and print wait, or they would hand out rows the page is about to replace.
   */
  | { kind: 'ready'; data: Prepared; progress?: { read: number; total: number }; refreshing?: boolean }
  | { kind: 'failed'; message: string };

/** Rows read ahead for the first screen: a screenful (about 14) plus a margin for a quick scroll. */
const FIRST_ROWS = 40;

/**
 * Loads in two steps so the first screen does not wait for 100,000 records: the small tables give every row and
 * its flag counts; the records of the first rows give their other columns; then all records are read in chunks
 * and the page switches to the complete data (filters on unit, sector and period, charts, exports).
 */
export function useOverviewData(source: DataSource) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    // Synchronous, so it renders together with whatever triggered the reload ("file merged"): no moment in which
    // the page looks finished while it still shows the union from before.
    setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true } : s));
    try {
      const core = await source.loadCore();
      performance.mark('enplan:core-loaded');
      const bare = prepare(core, [], new Set());
      const first = sortRows(selectRows(bare, matchingFlags(bare, NO_FILTERS)), 'flags', 'desc').slice(0, FIRST_ROWS);
      const cprs = first.flatMap((r) => r.subject.members.map((m) => m.cpr));
      performance.mark('enplan:first-chosen');
      const some = await source.recordsOf(cprs);
      performance.mark('enplan:first-records-loaded');
      if (!current()) return;
      setState({ kind: 'ready', data: prepare(core, some, new Set(cprs)), progress: { read: 0, total: 0 } });
      // Let the first screen be drawn before the full read starts: each chunk is deserialised on this thread, and a
      // chunk arriving before the render would hold the first rows back by a few hundred ms.
      await afterNextFrame();
      if (!current()) return;
      const all = await source.loadRecords((read, total) => current() && setState((s) => (s.kind === 'ready' ? { ...s, progress: { read, total } } : s)));
      performance.mark('enplan:records-loaded');
      if (!current()) return;
      setState({ kind: 'ready', data: prepare(core, all) });
      performance.mark('enplan:complete');
    } catch (e) {
      if (current()) setState({ kind: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }, [source]);
  useEffect(() => void load(), [load]);
  return { state, reload: load };
}

/**
 * Resolves in a task after the next frame began, i.e. after what was rendered before has been painted. A hidden tab
 * gets no frames: the timer lets the read go on there all the same.
 */
const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
