import { useMemo, useState } from 'preact/hooks';
import { Section } from '@/components/common/Section';
import { useT } from '@/components/common/i18n';
import type { StoredRecord } from '@/lib/db/queries';
import { SECTORS, type Sector } from '@/lib/model';
import { SectorLegend } from './SectorLegend';
import { TimelineEntry } from './TimelineEntry';
import { TimelineFilters } from './TimelineFilters';
import { TIMELINE_KINDS, filterTimeline, timelineItems, type TimelineFilter } from './timeline-items';
import './Timeline.css';

const PAGE = 50;

/** One timeline across sectors: efforts, requests, documents, meetings, plans and cases, filterable. */
export function Timeline({ records, names, citizenCpr }: { records: StoredRecord[]; names: Map<string, string>; citizenCpr: string }) {
  const t = useT();
  const items = useMemo(() => timelineItems(records), [records]);
  const [filter, setFilter] = useState<TimelineFilter>({ sectors: new Set(SECTORS), kinds: new Set(TIMELINE_KINDS), showStale: true });
  const [limit, setLimit] = useState(PAGE);
  const shown = filterTimeline(items, filter);
  const counts: Partial<Record<Sector, number>> = {};
  for (const i of items) counts[i.sector] = (counts[i.sector] ?? 0) + 1;
  const several = new Set(items.map((i) => i.citizenCpr)).size > 1;
  return (
    <Section id="timeline" title={t('timeline.title')} summary={t('timeline.summary', { shown: shown.length, total: items.length })}>
      <SectorLegend counts={counts} />
      <details class="timeline-filter-box">
        <summary>{t('timeline.filters')}</summary>
        <TimelineFilters filter={filter} onChange={setFilter} />
      </details>
      <p class="sr-only" aria-live="polite">
        {t('timeline.summary', { shown: shown.length, total: items.length })}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{t('timeline.empty')}</p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {shown.slice(0, limit).map((i) => (
            <TimelineEntry key={i.key} item={i} person={several && i.citizenCpr !== citizenCpr ? names.get(i.citizenCpr) : undefined} />
          ))}
        </ol>
      )}
      {shown.length > limit ? (
        <button type="button" class="button" onClick={() => setLimit(limit + PAGE)}>
          {t('timeline.more', { n: Math.min(PAGE, shown.length - limit) })}
        </button>
      ) : null}
    </Section>
  );
}
