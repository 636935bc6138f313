import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { SourceCount } from '@/lib/overview/prepare';
import type { ContributeResult } from '@/lib/overview/source';
import { formatNumber } from '../format';
import { useLang } from '../lang';
import './TeamSources.css';

interface Props {
  sources: SourceCount[];
  /** Counts per source are only true once all records are read. */
  complete: boolean;
  acceptsFiles: boolean;
  contribute: (text: string) => Promise<ContributeResult>;
  /** Called after a file was merged, so the page reloads the union. */
  onContributed: () => void;
}

type State = { kind: 'idle' } | { kind: 'busy'; file: string } | { kind: 'done'; text: string } | { kind: 'failed'; file: string; errors: string[] };

/**
 * Whose data the overview shows, and how to add a colleague's. Merging happens record by record on the record's
 * own key, so a file that overlaps what is here adds nothing twice.
 */
export function TeamSources({ sources, complete, acceptsFiles, contribute, onContributed }: Props) {
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy', file: file.name });
    try {
      const res = await contribute(await file.text());
      if (res.ok) {
        setState({ kind: 'done', text: t('overview.sources.added', { file: file.name, by: res.exportedBy, added: res.result.added, updated: res.result.updated, skipped: res.result.skippedOlder, citizens: res.citizens }) });
        onContributed();
      } else setState({ kind: 'failed', file: file.name, errors: res.errors });
    } catch (err) {
      setState({ kind: 'failed', file: file.name, errors: [String((err as Error)?.message ?? err)] });
    } finally {
      input.value = '';
    }
  };
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('overview.sources.title')}</h2>
      {!complete && <p class="help">{t('overview.sources.wait')}</p>}
      <ul data-testid="sources" hidden={!complete}>
        {sources.map((s) => (
          <li key={s.source}>
            <strong>{s.source || t('overview.sources.thisBrowser')}</strong>: {t('overview.sources.records', { n: formatNumber(s.records, lang) })}
          </li>
        ))}
      </ul>
      {acceptsFiles && (
        <div class="sources-add">
          <label for="team-file">{t('overview.sources.addLabel')}</label>
          <input id="team-file" type="file" accept=".json,application/json" onChange={onFile} disabled={state.kind === 'busy'} aria-describedby="team-file-help" />
          <p id="team-file-help" class="help">
            {t('overview.sources.addHelp')}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="sources-status">
        {state.kind === 'busy' && t('overview.sources.busy', { file: state.file })}
        {state.kind === 'done' && state.text}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" class="error" data-testid="sources-error">
          <p>{t('overview.sources.failed', { file: state.file })}</p>
          <ul>
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
