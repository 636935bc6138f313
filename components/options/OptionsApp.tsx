import { useEffect, useState } from 'preact/hooks';
import { LanguageProvider, useT } from '@/components/common/i18n';
import { LangContext } from '@/components/overview/lang';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { AuditSection } from './AuditSection';
import { DataSection } from './DataSection';
import { DeleteSection } from './DeleteSection';
import { describeError } from './errors';
import { FeesSection } from './FeesSection';
import { RetentionSection } from './RetentionSection';
import { StorageSection } from './StorageSection';
import { SystemsSection } from './SystemsSection';
import { UserSection } from './UserSection';
import { useSettings } from './useOptions';
import './OptionsApp.css';

export function OptionsApp({ db }: { db: EnPlanDb }) {
  const { settings, loadError, save } = useSettings(db);
  const lang = settings?.language ?? 'da';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LanguageProvider value={lang}>
      <LangContext.Provider value={lang}>
        <Page settings={settings} loadError={loadError} save={save} db={db} />
      </LangContext.Provider>
    </LanguageProvider>
  );
}

interface PageProps {
  db: EnPlanDb;
  settings?: Settings;
  loadError: unknown;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

function Page({ db, settings, loadError, save }: PageProps) {
  const t = useT();
  const lang = settings?.language ?? 'da';
  const describe = (e: unknown) => describeError(e, lang);
  const [unhandled, setUnhandled] = useState<string | undefined>();
  useEffect(() => {
    document.title = t('options.title');
  }, [lang]);
  // Anything a section did not catch still reaches the user: a full store must never fail silently.
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => setUnhandled(describeError(e.reason, lang));
    const onError = (e: ErrorEvent) => setUnhandled(describeError(e.error ?? e.message, lang));
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
    return () => {
      removeEventListener('unhandledrejection', onRejection);
      removeEventListener('error', onError);
    };
  }, [lang]);

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      {unhandled && (
        <p role="alert" class="form-error banner" data-testid="unhandled-error">
          {t('options.error.unhandled', { message: unhandled })}
        </p>
      )}
      {loadError !== undefined && (
        <p role="alert" class="form-error banner">
          {describe(loadError)}
        </p>
      )}
      {settings && (
        <>
          <nav aria-label={t('options.toc')} class="toc">
            <ul>
              {(['user', 'systems', 'retention', 'fees', 'data', 'audit', 'delete', 'storage'] as const).map((id) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(`options.${id}.title`)}</a>
                </li>
              ))}
              <li>
                <a href="/overview.html" target="_blank" rel="noopener">
                  {t('options.openOverview')}
                </a>
              </li>
            </ul>
          </nav>
          {/* Keyed by language so every form re-renders its labels when the language is saved. */}
          <div key={lang}>
            <UserSection settings={settings} save={save} describe={describe} />
            <SystemsSection describe={describe} />
            <RetentionSection db={db} settings={settings} save={save} describe={describe} />
            <FeesSection db={db} settings={settings} save={save} describe={describe} />
            <DataSection db={db} settings={settings} describe={describe} />
            <AuditSection db={db} settings={settings} describe={describe} />
            <DeleteSection db={db} settings={settings} describe={describe} />
            <StorageSection db={db} describe={describe} />
          </div>
        </>
      )}
    </main>
  );
}
