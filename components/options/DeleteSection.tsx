import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { EraseCounts } from '@/lib/db/erase';
import { citizenSummary, type CitizenSummary } from '@/lib/db/queries';
import { deleteCitizen } from '@/lib/db/retention';
import { forgetCitizensInSession } from '@/lib/service/forget-citizens';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { formatCpr } from '@/lib/parse/cpr';
import { auditUser } from '@/lib/overview/audit-user';
import { cprFromInput } from './errors';
import { OptionsSection, Outcome } from './Section';

interface Props {
  db: EnPlanDb;
  settings: Settings;
  describe: (e: unknown) => string;
}

/**
 * Deleting a citizen on request: every table but the access log (which keeps the proof of lawful use and expires on
 * its own schedule). Asked twice, with what will go shown in the dialog; the deletion is logged with its purpose.
 */
export function DeleteSection({ db, settings, describe }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [cprText, setCprText] = useState('');
  const [purpose, setPurpose] = useState(t('options.delete.defaultPurpose'));
  const [pending, setPending] = useState<{ cpr: string; summary: CitizenSummary } | undefined>();
  const [deleted, setDeleted] = useState<EraseCounts | undefined>();
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});

  const ask = async (e: Event) => {
    e.preventDefault();
    setDeleted(undefined);
    const cpr = cprFromInput(cprText);
    if (!cpr) return setOutcome({ error: t('options.cprInvalid') });
    if (!purpose.trim()) return setOutcome({ error: t('options.data.purposeRequired') });
    try {
      const summary = await citizenSummary(db, cpr);
      if (!summary.citizen && !summary.records) return setOutcome({ error: t('options.citizenMissing') });
      setPending({ cpr, summary });
      setOutcome({});
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };

  // Opened once its content is rendered: showModal() focuses the dialog's autofocus element (the safe "cancel"),
  // which does not exist yet in the same tick as setPending, and focus would land on the bare dialog instead.
  useEffect(() => {
    if (pending && !dialog.current?.open) dialog.current?.showModal();
  }, [pending]);

  const confirm = async () => {
    if (!pending) return;
    dialog.current?.close();
    try {
      const counts = await deleteCitizen(db, pending.cpr, { user: auditUser(settings), purpose: purpose.trim() });
      await forgetCitizensInSession([pending.cpr]);
      setDeleted(counts);
      setCprText('');
      setOutcome({ ok: t('options.delete.done', { cpr: formatCpr(pending.cpr, { mask: true }) }) });
    } catch (err) {
      setOutcome({ error: describe(err) });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <OptionsSection id="delete" title={t('options.delete.title')} intro={t('options.delete.intro')}>
      <form class="stack narrow" onSubmit={(e) => void ask(e)}>
        <label class="field">
          <span>{t('options.delete.cpr')}</span>
          <input value={cprText} onInput={(e) => setCprText(e.currentTarget.value)} inputMode="numeric" autoComplete="off" data-testid="delete-cpr" />
        </label>
        <label class="field">
          <span>{t('options.delete.purpose')}</span>
          <input value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} data-testid="delete-purpose" />
        </label>
        <div>
          <button type="submit" class="button button-danger" data-testid="delete-ask">
            {t('options.delete.ask')}
          </button>
        </div>
      </form>
      <Outcome {...outcome} testid="delete" />
      {deleted && (
        <table class="options-table counts" data-testid="delete-counts">
          <caption>{t('options.delete.countsCaption')}</caption>
          <tbody>
            {(Object.keys(deleted) as (keyof EraseCounts)[]).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`options.count.${k}`)}</th>
                <td data-testid={`deleted-${k}`}>{deleted[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dialog ref={dialog} aria-labelledby="delete-dialog-title" aria-describedby="delete-dialog-text" class="confirm-dialog" data-testid="delete-dialog" onClose={() => setPending(undefined)}>
        {pending && (
          <>
            <h3 id="delete-dialog-title">{t('options.delete.confirmTitle')}</h3>
            <p id="delete-dialog-text">
              {t('options.delete.confirmText', {
                name: pending.summary.citizen?.name || t('overview.unnamed'),
                cpr: formatCpr(pending.cpr, { mask: true }),
                records: pending.summary.records,
                plans: pending.summary.plans,
                flags: pending.summary.openFlags,
              })}
            </p>
            <div class="form-row">
              <button type="button" class="button" autoFocus onClick={() => dialog.current?.close()} data-testid="delete-cancel">
                {t('options.delete.cancel')}
              </button>
              <button type="button" class="button button-danger" onClick={() => void confirm()} data-testid="delete-confirm">
                {t('options.delete.confirm')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </OptionsSection>
  );
}
