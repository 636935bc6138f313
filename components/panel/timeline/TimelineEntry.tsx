import { SectorBadge } from '@/components/common/SectorBadge';
import { useFormat, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { TimelineItem } from './timeline-items';

export function TimelineEntry({ item, person }: { item: TimelineItem; person?: string }) {
  const t = useT();
  const f = useFormat();
  const send = useSend();
  const who = [item.who.unit, item.who.caseworker, item.who.phone].filter(Boolean).join(' · ');
  return (
    <li class={`timeline-item timeline-${item.sector}${item.stale ? ' timeline-stale' : ''}`} data-testid="timeline-item" data-kind={item.kind} data-sector={item.sector} data-stale={String(item.stale)}>
      <p class="timeline-meta">
        <time dateTime={item.date}>{item.date ? f.when(item.date) : t('timeline.noDate')}</time>
        {' · '}
        <span>{t(`kind.${item.kind}`)}</span> <SectorBadge sector={item.sector} />
        {item.status ? <span class="timeline-status"> {t(`status.${item.status}`)}</span> : null}
      </p>
      <p class="timeline-title">{item.title}</p>
      {person ? <p class="timeline-person">{t('timeline.person', { name: person })}</p> : null}
      {item.until ? <p class="timeline-until muted">{t(`timeline.until.${item.kind}`, { date: f.date(item.until) })}</p> : null}
      <p class="timeline-who">
        <span class="sr-only">{t('timeline.who')}: </span>
        {who}
      </p>
      {item.stale ? (
        <p class="timeline-stale-note" data-testid="stale-note">
          {t('timeline.stale', { date: f.date(item.staleSince ?? item.lastSeen) })}
        </p>
      ) : null}
      <button type="button" class="link-button timeline-open" onClick={() => void send({ type: 'panel:open-source', url: item.url })}>
        {t('timeline.open', { system: item.system })}
      </button>
    </li>
  );
}
