import { LanguageProvider, useT } from '@/components/common/i18n';
import type { PanelView } from '@/lib/service/panel-view';
import { CitizenHeader } from './header/CitizenHeader';
import { PanelToolbar } from './header/PanelToolbar';
import { ReadErrors } from './notices/ReadErrors';
import { usePanelView } from './usePanelView';
import './PanelApp.css';

function PanelBody({ view }: { view?: PanelView }) {
  const t = useT();
  if (!view) return <p class="panel-status">{t('panel.loading')}</p>;
  return (
    <>
      <ReadErrors errors={view.errors} />
      {view.citizen ? (
        <CitizenHeader citizen={view.citizen} family={view.family} />
      ) : (
        <p class="panel-status">{view.readable ? t('panel.noCitizen') : t('panel.notSystemPage')}</p>
      )}
    </>
  );
}

export function PanelApp() {
  const { view } = usePanelView();
  return (
    <LanguageProvider value={view?.language ?? 'da'}>
      <main class="panel" aria-labelledby="panel-title">
        <PanelToolbar />
        <PanelBody view={view} />
      </main>
    </LanguageProvider>
  );
}
