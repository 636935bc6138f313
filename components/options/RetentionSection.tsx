import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { logAccess } from '@/lib/db/audit';
import type { PurgeResult } from '@/lib/db/retention';
import { purgeExpiredData } from '@/lib/service/retention-purge';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { auditUser } from '@/lib/overview/audit-user';
import { recomputeAllFlags } from '@/lib/service/refresh-flags';
import { OptionsSection, Outcome } from './Section';

interface Props {
  db: EnPlanDb;
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  describe: (e: unknown) => string;
}

type Field = 'meetingClusterDays' | 'retentionDays' | 'auditRetentionDays';
const FIELDS: Field[] = ['meetingClusterDays', 'retentionDays', 'auditRetentionDays'];

/** How long things are kept, and the meeting window of the detection; "purge now" runs the same purge as the alarm. */
export function RetentionSection({ db, settings, save, describe }: Props) {
  const t = useT();
  const [form, setForm] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, String(settings[f])])) as Record<Field, string>);
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const [purged, setPurged] = useState<PurgeResult | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const values = {} as Record<Field, number>;
    for (const f of FIELDS) {
      const n = Number(form[f]);
      if (!Number.isInteger(n) || n < 1) return setOutcome({ error: t('options.retention.invalid', { field: t(`options.retention.${f}`) }) });
      values[f] = n;
    }
    setBusy(true);
    try {
      const before = settings.meetingClusterDays;
      await save(values);
      // The meeting window changes what counts as a cluster: the stored flags must follow at once.
      if (values.meetingClusterDays !== before) {
        setOutcome({ ok: t('options.recomputing') });
        await recomputeAllFlags(db, new Date().toISOString());
        setOutcome({ ok: t('options.savedRecomputed') });
      } else setOutcome({ ok: t('options.saved') });
    } catch (err) {
      setOutcome({ error: describe(err) });
    } finally {
      setBusy(false);
    }
  };

  const purge = async () => {
    setBusy(true);
    setPurged(undefined);
    try {
      const now = new Date();
      const result = await purgeExpiredData(db, settings, now);
      const detail = Object.entries(result).map(([k, v]) => `${k}=${v}`).join(' ');
      await logAccess(db, { user: auditUser(settings), action: 'delete', purpose: 'Sletning efter opbevaringsfristen', detail: `retention purge: ${detail}` }, now);
      setPurged(result);
      setOutcome({ ok: t('options.retention.purged') });
    } catch (err) {
      setOutcome({ error: describe(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <OptionsSection id="retention" title={t('options.retention.title')} intro={t('options.retention.intro')}>
      <form onSubmit={submit} class="stack narrow">
        {FIELDS.map((f) => (
          <label class="field" key={f}>
            <span>{t(`options.retention.${f}`)}</span>
            <input type="number" min={1} step={1} value={form[f]} onInput={(e) => setForm({ ...form, [f]: e.currentTarget.value })} data-testid={`retention-${f}`} required />
          </label>
        ))}
        <div class="form-row">
          <button type="submit" class="button button-primary" disabled={busy} data-testid="retention-save">
            {t('options.save')}
          </button>
          <button type="button" class="button" onClick={() => void purge()} disabled={busy} data-testid="purge-now">
            {t('options.retention.purgeNow')}
          </button>
        </div>
      </form>
      <Outcome {...outcome} testid="retention" />
      {purged && (
        <table class="options-table counts" data-testid="purge-counts">
          <caption>{t('options.retention.purgedCaption')}</caption>
          <tbody>
            {(Object.keys(purged) as (keyof PurgeResult)[]).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`options.count.${k}`)}</th>
                <td data-testid={`purged-${k}`}>{purged[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </OptionsSection>
  );
}
