import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { formatDateTime } from '@/components/common/format';
import { downloadText, fileStamp } from '@/components/overview/download';
import { useLang } from '@/components/overview/lang';
import { logAccess } from '@/lib/db/audit';
import { exportAuditFor, type AuditExport } from '@/lib/db/export-import';
import type { EnPlanDb } from '@/lib/db/schema';
import type { MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/model';
import { auditUser } from '@/lib/overview/audit-user';
import { auditCsv, citizenAuditJson, reviewAuditJson } from './audit-export';
import { cprFromInput } from './errors';
import { OptionsSection, Outcome } from './Section';

interface Props {
  db: EnPlanDb;
  settings: Settings;
  describe: (e: unknown) => string;
}

const PURPOSE = 'Borgerens indsigt i, hvem der har slået op';

/** A citizen's right to see who looked them up: the log for one CPR, on screen and as a file. Read-only. */
export function AuditSection({ db, settings, describe }: Props) {
  const t = useT();
  const lang = useLang();
  const [cprText, setCprText] = useState('');
  const [withUser, setWithUser] = useState(false);
  const [log, setLog] = useState<AuditExport | undefined>();
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const user = auditUser(settings);

  const show = async (e: Event) => {
    e.preventDefault();
    const cpr = cprFromInput(cprText);
    if (!cpr) return setOutcome({ error: t('options.cprInvalid') });
    try {
      // Reading the log is itself a look-up of the person, made for their own insight: logged first, so the list
      // shown is the whole log, this look-up included (and the file downloaded next matches it row for row).
      await logAccess(db, { user, citizenCpr: cpr, action: 'view', purpose: PURPOSE, detail: 'access log shown' });
      const found = await exportAuditFor(db, cpr, { includeUser: true });
      setLog(found);
      setOutcome({ ok: t('options.audit.found', { n: found.entries.length }) });
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };

  const download = async (format: 'csv' | 'json') => {
    if (!log) return;
    try {
      const fresh = await exportAuditFor(db, log.citizenCpr, { includeUser: true });
      await logAccess(db, { user, citizenCpr: log.citizenCpr, action: 'export', purpose: PURPOSE, detail: `access log ${format}${withUser ? ' with employee names (internal review)' : ''}` });
      const base = `en-plan-log-${log.citizenCpr.slice(0, 6)}-${fileStamp()}`;
      if (format === 'csv') downloadText(`${base}.csv`, auditCsv(fresh, t, withUser), 'text/csv;charset=utf-8');
      else downloadText(`${base}.json`, JSON.stringify(withUser ? reviewAuditJson(fresh) : citizenAuditJson(fresh), null, 2), 'application/json');
      setOutcome({ ok: t('options.audit.exported') });
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };

  return (
    <OptionsSection id="audit" title={t('options.audit.title')} intro={t('options.audit.intro')}>
      <form class="form-row" onSubmit={(e) => void show(e)}>
        <label class="field">
          <span>{t('options.audit.cpr')}</span>
          <input value={cprText} onInput={(e) => setCprText(e.currentTarget.value)} inputMode="numeric" autoComplete="off" data-testid="audit-cpr" />
        </label>
        <div class="field">
          <button type="submit" class="button" data-testid="audit-show">
            {t('options.audit.show')}
          </button>
        </div>
      </form>
      <label class="check">
        <input type="checkbox" checked={withUser} onChange={(e) => setWithUser(e.currentTarget.checked)} data-testid="audit-with-user" />
        {t('options.audit.withUser')}
      </label>
      <Outcome {...outcome} testid="audit" />
      {log && (
        <>
          <div class="form-row">
            <button type="button" class="button" onClick={() => void download('csv')} data-testid="audit-csv">
              {t('options.audit.csv')}
            </button>
            <button type="button" class="button" onClick={() => void download('json')} data-testid="audit-json">
              {t('options.audit.json')}
            </button>
          </div>
          <div class="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
            <table class="options-table" data-testid="audit-entries">
              <thead>
                <tr>
                  <th scope="col">{t('options.audit.col.at')}</th>
                  <th scope="col">{t('options.audit.col.action')}</th>
                  <th scope="col">{t('options.audit.col.purpose')}</th>
                  {withUser && <th scope="col">{t('options.audit.col.user')}</th>}
                </tr>
              </thead>
              <tbody>
                {log.entries.map((e, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(lang, e.at)}</td>
                    <td>{t(`options.audit.action.${e.action}` as MessageKey)}</td>
                    <td>{e.purpose}</td>
                    {withUser && <td>{e.user}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </OptionsSection>
  );
}
