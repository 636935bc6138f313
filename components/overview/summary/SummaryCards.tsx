import { useT } from '@/components/common/i18n';
import type { MessageKey } from '@/lib/i18n';
import { FLAG_RULES } from '@/lib/model';
import type { Aggregates } from '@/lib/overview/select';
import { formatKroner, formatNumber } from '../format';
import { useLang } from '../lang';
import './SummaryCards.css';

/** The headline numbers under the current filters, as a definition list (readable as text, no chart needed). */
export function SummaryCards({ totals }: { totals: Aggregates['totals'] }) {
  const t = useT();
  const lang = useLang();
  return (
    <dl class="summary" data-testid="summary">
      <div>
        <dt>{t('overview.summary.rows')}</dt>
        <dd data-testid="summary-rows">{formatNumber(totals.subjects, lang)}</dd>
      </div>
      <div>
        <dt>{t('overview.summary.flags')}</dt>
        <dd data-testid="summary-flags">{formatNumber(totals.flags, lang)}</dd>
      </div>
      {FLAG_RULES.map((r) => (
        <div key={r}>
          <dt>{t(`overview.rule.${r}` as MessageKey)}</dt>
          <dd data-testid={`summary-${r}`}>{formatNumber(totals.byRule[r], lang)}</dd>
        </div>
      ))}
      <div>
        <dt>{t('overview.summary.fee')}</dt>
        <dd data-testid="summary-fee">{formatKroner(totals.fee, lang)}</dd>
      </div>
    </dl>
  );
}
