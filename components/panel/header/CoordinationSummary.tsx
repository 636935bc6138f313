import { useT } from '@/components/common/i18n';
import type { Plan } from '@/lib/plan';

/** Plan coordinator and coordination level, at the top where the caseworker looks first. */
export function CoordinationSummary({ plan }: { plan?: Plan }) {
  const t = useT();
  if (!plan) return <p class="coordination-empty muted" data-testid="coordination">{t('coordination.noPlan')}</p>;
  const c = plan.coordinator;
  return (
    <dl class="coordination" data-testid="coordination">
      <dt>{t('coordination.coordinator')}</dt>
      <dd data-testid="coordinator">{c ? [c.name, c.unit, c.phone].filter(Boolean).join(' · ') : t('coordination.none')}</dd>
      <dt>{t('coordination.level')}</dt>
      <dd data-testid="coordination-level">{t(`coordination.level${plan.coordinationLevel}`)}</dd>
    </dl>
  );
}
