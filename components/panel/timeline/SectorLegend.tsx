import { SectorIcon } from '@/components/common/SectorBadge';
import { useT } from '@/components/common/i18n';
import { SECTORS, type Sector } from '@/lib/model';

/** Colour, shape and name together: the legend reads without colour. */
export function SectorLegend({ counts }: { counts: Partial<Record<Sector, number>> }) {
  const t = useT();
  return (
    <ul class="timeline-legend" aria-label={t('timeline.legend')}>
      {SECTORS.map((s) => (
        <li key={s} class={`legend-${s}`}>
          <SectorIcon sector={s} /> {t(`sector.${s}`)} <span class="muted">({counts[s] ?? 0})</span>
        </li>
      ))}
    </ul>
  );
}
