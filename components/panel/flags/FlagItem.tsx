import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/ConfirmButton';
import { SectorBadge } from '@/components/common/SectorBadge';
import { useFormat, useLanguage, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { StoredRecord } from '@/lib/db/queries';
import type { Flag } from '@/lib/model';
import { recordTitle } from '../timeline/timeline-items';

interface Props {
  flag: Flag;
  records: Map<string, StoredRecord>;
}

/** One flag: why (in plain words), on which records (links to the source pages), and what the caseworker decided. */
export function FlagItem({ flag, records }: Props) {
  const t = useT();
  const f = useFormat();
  const lang = useLanguage();
  const send = useSend();
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const setStatus = (status: Flag['status'], withNote?: string) =>
    void send({ type: 'panel:flag-status', flagId: flag.id, status, ...(withNote ? { note: withNote } : {}) });
  const dismiss = () => {
    if (!note.trim()) {
      setError(t('flags.dismissNoteRequired'));
      return;
    }
    setStatus('dismissed', note.trim());
    setDismissing(false);
  };
  const noteId = `flag-note-${flag.id}`;
  return (
    <li class={`flag flag-${flag.status}`} data-testid="flag" data-rule={flag.rule} data-status={flag.status}>
      <p class="flag-rule">
        <strong>{t(`flag.rule.${flag.rule}`)}</strong> <span class="flag-status">{t(`flag.status.${flag.status}`)}</span>
      </p>
      <p class="flag-reason" data-testid="flag-reason">
        {lang === 'en' ? flag.reasonEn : flag.reason}
      </p>
      <ul class="flag-sources" aria-label={t('flags.sources')}>
        {flag.recordKeys.map((key) => {
          const r = records.get(key);
          if (!r) return null;
          return (
            <li key={key}>
              <SectorBadge sector={r.sector} />{' '}
              <button type="button" class="link-button" onClick={() => void send({ type: 'panel:open-source', url: r.provenance.url })}>
                {t('flags.openSource', { title: recordTitle(r), system: r.system })}
              </button>
            </li>
          );
        })}
      </ul>
      {flag.status !== 'open' ? (
        <p class="flag-decision" data-testid="flag-decision">
          {t('flags.decidedBy', { status: t(`flag.status.${flag.status}`), by: flag.statusBy ?? '', at: f.dateTime(flag.statusAt) })}
          {flag.statusNote ? (
            <>
              {' '}
              <span class="flag-note">{t('flags.note', { note: flag.statusNote })}</span>
            </>
          ) : null}
        </p>
      ) : null}
      {flag.status === 'open' && !dismissing ? (
        <div class="form-row">
          <ConfirmButton data-testid="flag-acknowledge" onConfirm={() => setStatus('acknowledged')}>
            {t('flags.acknowledge')}
          </ConfirmButton>
          <button type="button" class="button" onClick={() => setDismissing(true)} data-testid="flag-dismiss-open">
            {t('flags.dismiss')}
          </button>
        </div>
      ) : null}
      {dismissing ? (
        <div class="flag-dismiss">
          <label class="field" for={noteId}>
            <span>{t('flags.dismissNote')}</span>
            <textarea
              id={noteId}
              value={note}
              maxLength={2000}
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${noteId}-err` : undefined}
            />
          </label>
          {error ? (
            <p id={`${noteId}-err`} class="form-error">
              {error}
            </p>
          ) : null}
          <div class="form-row">
            <ConfirmButton class="button-primary" data-testid="flag-dismiss-confirm" onConfirm={dismiss}>
              {t('flags.dismissConfirm')}
            </ConfirmButton>
            <button type="button" class="button" onClick={() => setDismissing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {flag.status !== 'open' ? (
        <button type="button" class="link-button" onClick={() => setStatus('open')}>
          {t('flags.reopen')}
        </button>
      ) : null}
    </li>
  );
}
