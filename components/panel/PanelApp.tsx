import { useEffect, useMemo } from 'preact/hooks';
import { LanguageProvider, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { recordKey } from '@/lib/model';
import type { PanelView } from '@/lib/service/panel-view';
import { ContactList } from './contacts/ContactList';
import { FlagList } from './flags/FlagList';
import { CitizenHeader } from './header/CitizenHeader';
import { ConsentSection } from './consent/ConsentSection';
import { ConsentStatus } from './header/ConsentStatus';
import { CoordinationSummary } from './header/CoordinationSummary';
import { PanelToolbar } from './header/PanelToolbar';
import { ResizeHandle, rememberedWidth } from './layout/ResizeHandle';
import { HiddenSectors } from './notices/HiddenSectors';
import { LinkSuggestions } from './links/LinkSuggestions';
import { MorePages } from './notices/MorePages';
import { ReadErrors } from './notices/ReadErrors';
import { PlanSection } from './plan/PlanSection';
import { PrecheckWarning } from './precheck/PrecheckWarning';
import { Timeline } from './timeline/Timeline';
import { standaloneCpr } from './early-view';
import { usePanelView } from './usePanelView';
import './PanelApp.css';

/** `headOnly`: just what the caseworker needs first (warnings, header, flags); the rest comes with the whole view. */
export function PanelBody({ view, focus, headOnly = false }: { view?: PanelView; focus?: string; headOnly?: boolean }) {
  const t = useT();
  const records = useMemo(() => new Map((view?.records ?? []).map((r) => [recordKey(r), r])), [view?.records]);
  if (!view) return <p class="panel-status" role="status">{t('panel.loading')}</p>;
  const names = new Map([...(view.citizen ? [view.citizen] : []), ...view.family].map((p) => [p.cpr, p.name]));
  return (
    <>
      {view.precheck ? <PrecheckWarning precheck={view.precheck} focus={focus === 'precheck'} /> : null}
      <ReadErrors errors={view.errors} />
      {view.morePages ? <MorePages /> : null}
      <LinkSuggestions groups={view.linkSuggestions ?? []} />
      {view.citizen ? (
        <>
          <div class="panel-header" aria-label={t('panel.headerLabel')} role="group">
            <CitizenHeader citizen={view.citizen} family={view.family} />
            <CoordinationSummary plan={view.plan?.plan} />
            <ConsentStatus summaries={view.consent.summaries} people={[view.citizen, ...view.family]} userSector={view.user.sector} />
            <HiddenSectors hidden={view.hidden} names={names} />
          </div>
          <FlagList flags={view.flags} records={records} />
          {headOnly ? null : (
            <>
              <PlanSection view={view as PanelView & { citizen: NonNullable<PanelView['citizen']> }} names={names} />
              <Timeline records={view.records} names={names} citizenCpr={view.citizen.cpr} />
              <ContactList contacts={view.contacts} />
              <ConsentSection summaries={view.consent.summaries} people={[view.citizen, ...view.family]} userSector={view.user.sector} />
            </>
          )}
        </>
      ) : (
        <p class="panel-status">{view.readable ? t('panel.noCitizen') : t('panel.notSystemPage')}</p>
      )}
    </>
  );
}

export function PanelApp() {
  const { view, focus, tick } = usePanelView(standaloneCpr());
  const send = useSend();
  const openFlags = view?.flags.filter((f) => f.status === 'open').length ?? 0;
  useEffect(() => {
    // The content script's first view gives way now, and the collapsed panel's tab counts the open flags.
    if (view) void send({ type: 'panel:painted', openFlags });
  }, [view === undefined, openFlags]);
  useEffect(() => {
    // A submit held back while the panel was collapsed: open it, so the warning is seen.
    if (focus === 'precheck' && view?.precheck?.submitBlocked) void send({ type: 'panel:layout', collapsed: false, width: rememberedWidth() });
  }, [focus, tick]);
  return (
    <LanguageProvider value={view?.language ?? 'da'}>
      <LangAttr lang={view?.language ?? 'da'} />
      <ResizeHandle />
      <main class="panel" aria-labelledby="panel-title">
        <PanelToolbar />
        {/* The first answer is the head (header and flags): painted before a thousand records are even sent. */}
        <PanelBody view={view} focus={focus} headOnly={view?.head === true} />
      </main>
    </LanguageProvider>
  );
}

function LangAttr({ lang }: { lang: string }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
