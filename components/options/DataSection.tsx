import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { downloadText, fileStamp } from '@/components/overview/download';
import { logAccess } from '@/lib/db/audit';
import { exportAll, exportCitizens } from '@/lib/db/export-import';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { auditUser } from '@/lib/overview/audit-user';
import { LocalStoreSource } from '@/lib/overview/local-source';
import { cprFromInput } from './errors';
import { OptionsSection, Outcome } from './Section';

interface Props {
  db: EnPlanDb;
  settings: Settings;
  describe: (e: unknown) => string;
}

/**
 * Backup and exchange. The browser can lose an extension's IndexedDB (a crash, Chrome "repairing" the extension),
 * so a whole-store export is the user's own safety net; a colleague or the team lead imports it with the same code.
 */
export function DataSection({ db, settings, describe }: Props) {
  const t = useT();
  const [purpose, setPurpose] = useState(t('options.data.defaultPurpose'));
  const [cprText, setCprText] = useState('');
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const user = auditUser(settings);

  const run = async (work: () => Promise<string>) => {
    if (!purpose.trim()) return setOutcome({ error: t('options.data.purposeRequired') });
    setBusy(true);
    setImportErrors([]);
    setOutcome({});
    try {
      setOutcome({ ok: await work() });
    } catch (err) {
      setOutcome({ error: describe(err) });
    } finally {
      setBusy(false);
    }
  };

  const exportStore = () =>
    run(async () => {
      const now = new Date();
      const file = await exportAll(db, user, now);
      await db.transaction('rw', db.audit, async () => {
        await logAccess(db, { user, action: 'export', purpose: purpose.trim(), detail: `whole store: ${file.records.length} records, ${file.citizens.length} citizens` }, now);
        for (const c of file.citizens) await logAccess(db, { user, citizenCpr: c.cpr, action: 'export', purpose: purpose.trim(), detail: 'whole store export' }, now);
      });
      downloadText(`en-plan-eksport-${fileStamp(now)}.json`, JSON.stringify(file), 'application/json');
      return t('options.data.exported', { records: file.records.length, citizens: file.citizens.length });
    });

  const exportOne = (e: Event) => {
    e.preventDefault();
    const cpr = cprFromInput(cprText);
    if (!cpr) return setOutcome({ error: t('options.cprInvalid') });
    void run(async () => {
      if (!(await db.citizens.get(cpr))) throw new Error(t('options.citizenMissing'));
      const now = new Date();
      const file = await exportCitizens(db, [cpr], user, now);
      await logAccess(db, { user, citizenCpr: cpr, action: 'export', purpose: purpose.trim(), detail: `citizen export: ${file.records.length} records` }, now);
      downloadText(`en-plan-borger-${cpr.slice(0, 6)}-${fileStamp(now)}.json`, JSON.stringify(file), 'application/json');
      return t('options.data.exportedOne', { records: file.records.length });
    });
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await run(async () => {
      try {
        const res = await new LocalStoreSource(db).contribute(await file.text());
        if (!res.ok) {
          setImportErrors(res.errors);
          throw new Error(t('options.data.importRefused', { file: file.name }));
        }
        return t('options.data.imported', { file: file.name, added: res.result.added, updated: res.result.updated, skipped: res.result.skippedOlder });
      } finally {
        input.value = '';
      }
    });
  };

  return (
    <OptionsSection id="data" title={t('options.data.title')} intro={t('options.data.intro')}>
      <label class="field narrow">
        <span>{t('options.data.purpose')}</span>
        <input value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} required data-testid="data-purpose" />
      </label>
      <div class="form-row">
        <button type="button" class="button" onClick={() => void exportStore()} disabled={busy} data-testid="export-all">
          {t('options.data.exportAll')}
        </button>
      </div>
      <form class="form-row" onSubmit={exportOne}>
        <label class="field">
          <span>{t('options.data.citizenCpr')}</span>
          <input value={cprText} onInput={(e) => setCprText(e.currentTarget.value)} inputMode="numeric" autoComplete="off" data-testid="export-cpr" />
        </label>
        <div class="field">
          <button type="submit" class="button" disabled={busy} data-testid="export-one">
            {t('options.data.exportOne')}
          </button>
        </div>
      </form>
      <div class="field narrow">
        <label for="import-file" class="field-label">
          {t('options.data.import')}
        </label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} disabled={busy} aria-describedby="import-help" data-testid="import-file" />
        <span id="import-help" class="field-hint">
          {t('options.data.importHelp')}
        </span>
      </div>
      <Outcome {...outcome} testid="data" />
      {importErrors.length > 0 && (
        <ul class="form-error" data-testid="import-errors">
          {importErrors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}
