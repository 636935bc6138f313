import { SectorBadge } from '@/components/common/SectorBadge';
import { useT } from '@/components/common/i18n';
import type { ViewFlag } from '@/lib/service/panel-view';

/** A flag resting on records the caseworker may not see: only that it exists, and where. */
export function HiddenFlagItem({ flag }: { flag: Extract<ViewFlag, { hidden: true }> }) {
  const t = useT();
  return (
    <li class="flag flag-hidden" data-testid="flag-hidden" data-rule={flag.rule}>
      <p class="flag-reason">{t('flags.hidden')}</p>
      <p class="flag-sources">
        {flag.sectors.map((s) => (
          <SectorBadge key={s} sector={s} />
        ))}
      </p>
      <p class="field-hint">{t('flags.hiddenHint')}</p>
    </li>
  );
}
