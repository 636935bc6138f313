import { useEffect, useState } from 'preact/hooks';
import { LanguageProvider, useT } from '@/components/common/i18n';
import type { CitizenDetail, DataSource } from '@/lib/overview/source';
import { LangContext } from '../lang';
import { CitizenView } from './CitizenView';
import '../OverviewApp.css';

const PURPOSE = 'Teamoverblik: opfølgning på koordinering på tværs af sektorer';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; detail: CitizenDetail } | { kind: 'failed'; message: string };

/** The read-only plan view a row of the overview opens. Opening it is a look-up, and is logged as one. */
export function CitizenApp({ source, cpr }: { source: DataSource; cpr: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      try {
        const detail = await source.citizen(cpr);
        if (!detail) return setState({ kind: 'missing' });
        await source.log({ action: 'view', citizenCpr: cpr, purpose: PURPOSE, detail: 'citizen view from the team overview' });
        setState({ kind: 'ready', detail });
      } catch (e) {
        setState({ kind: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    })();
  }, [cpr]);
  const lang = state.kind === 'ready' ? state.detail.settings.language : 'da';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LanguageProvider value={lang}>
      <LangContext.Provider value={lang}>
        {state.kind === 'ready' ? (
          <CitizenView detail={state.detail} onReveal={() => source.log({ action: 'reveal-cpr', citizenCpr: cpr, purpose: PURPOSE, detail: 'citizen view' })} />
        ) : (
          <Status state={state} />
        )}
      </LangContext.Provider>
    </LanguageProvider>
  );
}

function Status({ state }: { state: Exclude<State, { kind: 'ready' }> }) {
  const t = useT();
  return (
    <main class="overview">
      <h1>{t('citizenView.title')}</h1>
      {state.kind === 'loading' && <p role="status">{t('overview.loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('citizenView.missing')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" class="error">
          {t('overview.loadFailed', { message: state.message })}
        </p>
      )}
    </main>
  );
}
