import { useCallback, useEffect, useState } from 'preact/hooks';
import { prepare, type Prepared } from '@/lib/overview/prepare';
import type { DataSource } from '@/lib/overview/source';

export type LoadState = { kind: 'loading' } | { kind: 'ready'; data: Prepared } | { kind: 'failed'; message: string };

/** Loads and prepares the union once; `reload` after a colleague's file was added. */
export function useOverviewData(source: DataSource) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const load = useCallback(async () => {
    try {
      const raw = await source.load();
      performance.mark('enplan:data-loaded');
      const data = prepare(raw);
      performance.mark('enplan:data-prepared');
      setState({ kind: 'ready', data });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  }, [source]);
  useEffect(() => void load(), [load]);
  return { state, reload: load };
}
