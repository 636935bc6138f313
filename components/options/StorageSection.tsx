import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '@/components/common/i18n';
import { formatNumber } from '@/components/overview/format';
import { useLang } from '@/components/overview/lang';
import type { EnPlanDb } from '@/lib/db/schema';
import { OptionsSection, Outcome } from './Section';

interface Status {
  persisted?: boolean;
  /** The manifest's `unlimitedStorage`: Chromium never evicts such an origin's default bucket, whatever persist() says. */
  unlimited: boolean;
  usage?: number;
  quota?: number;
  records: number;
  citizens: number;
  audit: number;
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/**
 * Whether the browser may evict the store, and how full it is. Two things protect it: `navigator.storage.persist()`
 * and the manifest's `unlimitedStorage`. Chromium answers persist() with false for an extension (measured in
 * tests/e2e/options.spec.ts), but its quota database skips origins with unlimited storage when it picks what to
 * evict (storage/browser/quota/quota_database.cc), so "not persisted" alone would be a false alarm there.
 */
export function StorageSection({ db, describe }: { db: EnPlanDb; describe: (e: unknown) => string }) {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<Status | undefined>();
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});

  const refresh = async () => {
    try {
      const [persisted, estimate, records, citizens, audit] = await Promise.all([
        navigator.storage?.persisted?.(),
        navigator.storage?.estimate?.(),
        db.records.count(),
        db.citizens.count(),
        db.audit.count(),
      ]);
      const unlimited = browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
      setStatus({ persisted, unlimited, usage: estimate?.usage, quota: estimate?.quota, records, citizens, audit });
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };
  // openDatabase() (lib/service/database.ts) has already asked for persist(); this shows the answer.
  useEffect(() => void refresh(), []);

  const persist = async () => {
    try {
      const granted = await navigator.storage.persist();
      setOutcome(granted ? { ok: t('options.storage.persistGranted') } : { error: t('options.storage.persistDenied') });
      await refresh();
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };

  return (
    <OptionsSection id="storage" title={t('options.storage.title')} intro={t('options.storage.intro')}>
      {status && (
        <dl class="storage" data-testid="storage">
          <dt>{t('options.storage.persisted')}</dt>
          <dd data-testid="storage-persisted" data-persisted={String(status.persisted)} data-unlimited={String(status.unlimited)}>
            {status.persisted ? t('options.storage.yes') : status.unlimited ? t('options.storage.yesUnlimited') : status.persisted === false ? t('options.storage.no') : t('options.storage.unknown')}
          </dd>
          <dt>{t('options.storage.usage')}</dt>
          <dd data-testid="storage-usage">
            {status.usage === undefined || !status.quota
              ? t('options.storage.unknown')
              : t('options.storage.usageValue', { used: formatNumber(mb(status.usage), lang), quota: formatNumber(mb(status.quota), lang), pct: formatNumber(Math.round((status.usage / status.quota) * 1000) / 10, lang) })}
          </dd>
          <dt>{t('options.storage.contents')}</dt>
          <dd data-testid="storage-contents">{t('options.storage.contentsValue', { records: formatNumber(status.records, lang), citizens: formatNumber(status.citizens, lang), audit: formatNumber(status.audit, lang) })}</dd>
        </dl>
      )}
      <div class="form-row">
        {status?.persisted === false && !status.unlimited && (
          <button type="button" class="button" onClick={() => void persist()} data-testid="storage-persist">
            {t('options.storage.persist')}
          </button>
        )}
        <button type="button" class="button" onClick={() => void refresh()}>
          {t('options.storage.refresh')}
        </button>
      </div>
      <Outcome {...outcome} testid="storage" />
    </OptionsSection>
  );
}
