import { useEffect, useRef } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/ConfirmButton';
import { useFormat, useLanguage, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { SectorBadge } from '@/components/common/SectorBadge';
import type { StoredRecord } from '@/lib/db/queries';
import type { PrecheckMatchView, PrecheckView } from '@/lib/service/panel-view';
import './PrecheckWarning.css';

interface Props {
  precheck: PrecheckView;
  /** True when the background asked for the warning to get focus (a submit was just held back). */
  focus: boolean;
}

function recordDate(r: StoredRecord): string | undefined {
  if (r.kind === 'request') return r.requestedAt;
  if (r.kind === 'document') return r.receivedAt;
  return undefined;
}

function Match({ match }: { match: PrecheckMatchView }) {
  const t = useT();
  const f = useFormat();
  const lang = useLanguage();
  const send = useSend();
  const r = match.record;
  if (match.hidden || !r) {
    return (
      <li class="precheck-match" data-testid="precheck-match-hidden">
        {match.sector ? <SectorBadge sector={match.sector} /> : null} {t(match.sector ? 'precheck.hiddenMatch' : 'precheck.hiddenMatchUnknown', { sector: match.sector ? t(`sector.${match.sector}`) : '' })}
      </li>
    );
  }
  const who = 'responsible' in r ? r.responsible : undefined;
  const title = r.kind === 'request' ? r.label : r.kind === 'document' ? r.title : '';
  return (
    <li class="precheck-match" data-testid="precheck-match">
      <p class="precheck-what">
        <SectorBadge sector={r.sector} /> <strong>{t(match.why === 'duplicate' ? 'precheck.whyDuplicate' : 'precheck.whyOnFile')}</strong>
      </p>
      <dl class="precheck-facts">
        <dt>{t(r.kind === 'request' ? 'precheck.requestedAt' : 'precheck.receivedAt')}</dt>
        <dd data-testid="precheck-date">{f.date(recordDate(r))}</dd>
        <dt>{t('precheck.what')}</dt>
        <dd>{title}</dd>
        {who ? (
          <>
            <dt>{t('precheck.unit')}</dt>
            <dd data-testid="precheck-unit">{who.unit}</dd>
            {who.caseworker || who.phone || who.email ? (
              <>
                <dt>{t('precheck.contact')}</dt>
                <dd data-testid="precheck-contact">
                  {[who.caseworker, who.phone, who.email].filter(Boolean).join(' · ')}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {lang === 'da' && match.reason ? <p class="precheck-reason">{match.reason}</p> : null}
      <button type="button" class="link-button" onClick={() => void send({ type: 'panel:open-source', url: r.provenance.url })}>
        {t(r.kind === 'request' ? 'precheck.openRequest' : 'precheck.openDocument', { system: r.system })}
      </button>
    </li>
  );
}

/**
 * The warning before a new information request is sent: what was asked or received before, by whom, and the choice
 * to go on anyway (logged). role="alert" so a screen reader says it at once; it takes focus when a submit was held.
 */
export function PrecheckWarning({ precheck, focus }: Props) {
  const t = useT();
  const send = useSend();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && precheck.matches.length) ref.current?.focus();
  }, [focus, precheck.submitBlocked, precheck.matches.length]);
  if (!precheck.matches.length) return null;
  return (
    <div ref={ref} class="precheck" role="alert" tabIndex={-1} aria-labelledby="precheck-title" data-testid="precheck">
      <h2 id="precheck-title" class="precheck-title">
        {t('precheck.title', { label: precheck.infoTypeLabel })}
      </h2>
      <ul class="precheck-matches">
        {precheck.matches.map((m) => (
          <Match key={m.recordKey} match={m} />
        ))}
      </ul>
      {precheck.submitBlocked ? (
        <div class="precheck-actions">
          <p class="precheck-held">{t('precheck.held')}</p>
          <ConfirmButton class="button-danger" data-testid="continue-anyway" onConfirm={() => void send({ type: 'panel:continue-anyway' })}>
            {t('precheck.continueAnyway')}
          </ConfirmButton>
          <p class="field-hint">{t('precheck.logged')}</p>
        </div>
      ) : (
        <p class="field-hint">{t('precheck.beforeSubmit')}</p>
      )}
    </div>
  );
}
