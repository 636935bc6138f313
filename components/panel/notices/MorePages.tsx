import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { MorePagesResult } from '@/lib/messages/to-content';
import './MorePages.css';

type State = { step: 'idle' } | { step: 'reading' } | { step: 'done'; result: MorePagesResult } | { step: 'failed'; error: string };

/**
 * The page shows one page of a longer list. Only what is shown is read by itself (the extension never browses a
 * system on its own); the caseworker can ask for the rest, and the panel says what came of it.
 */
export function MorePages() {
  const t = useT();
  const send = useSend();
  const [state, setState] = useState<State>({ step: 'idle' });
  const read = async () => {
    setState({ step: 'reading' });
    const answer = (await send({ type: 'panel:read-more-pages' }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as
      | MorePagesResult
      | { ok: false; error: string }
      | undefined;
    if (answer && 'pages' in answer) setState({ step: 'done', result: answer });
    else setState({ step: 'failed', error: answer?.error ?? '' });
  };
  return (
    <section class="more-pages" data-testid="more-pages" aria-labelledby="more-pages-title">
      <p id="more-pages-title">{t('morePages.shown')}</p>
      <button type="button" class="button" onClick={() => void read()} disabled={state.step === 'reading'} data-testid="more-pages-read">
        {t('morePages.read')}
      </button>
      <p role="status" data-testid="more-pages-status">
        {state.step === 'reading'
          ? t('morePages.reading')
          : state.step === 'done'
            ? `${t('morePages.done', { pages: state.result.pages, records: state.result.records })}${state.result.more ? ` ${t('morePages.moreLeft')}` : ''}${state.result.error ? ` ${t('morePages.stopped', { error: state.result.error })}` : ''}`
            : state.step === 'failed'
              ? t('morePages.failed', { error: state.error })
              : ''}
      </p>
    </section>
  );
}
