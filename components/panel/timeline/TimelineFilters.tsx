import { useT } from '@/components/common/i18n';
import { SectorIcon } from '@/components/common/SectorBadge';
import { SECTORS, type Sector } from '@/lib/model';
import { TIMELINE_KINDS, type TimelineFilter, type TimelineKind } from './timeline-items';

interface Props {
  filter: TimelineFilter;
  onChange: (f: TimelineFilter) => void;
}

const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

export function TimelineFilters({ filter, onChange }: Props) {
  const t = useT();
  return (
    <div class="timeline-filters">
      <fieldset>
        <legend>{t('timeline.filterSector')}</legend>
        {SECTORS.map((s: Sector) => (
          <label key={s} class="check">
            <input type="checkbox" checked={filter.sectors.has(s)} onChange={() => onChange({ ...filter, sectors: toggle(filter.sectors, s) })} />
            <SectorIcon sector={s} /> {t(`sector.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('timeline.filterKind')}</legend>
        {TIMELINE_KINDS.map((k: TimelineKind) => (
          <label key={k} class="check">
            <input type="checkbox" checked={filter.kinds.has(k)} onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, k) })} />
            {t(`kind.${k}`)}
          </label>
        ))}
        <label class="check">
          <input type="checkbox" checked={filter.showStale} onChange={() => onChange({ ...filter, showStale: !filter.showStale })} />
          {t('timeline.showStale')}
        </label>
      </fieldset>
    </div>
  );
}
