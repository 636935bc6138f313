import type { StoredRecord } from '@/lib/db/queries';
import { recordKey, type RecordKind, type RecordStatus, type Responsible, type Sector } from '@/lib/model';

/** The kinds the timeline shows, in the order of its filter. */
export const TIMELINE_KINDS = ['effort', 'request', 'document', 'meeting', 'plan', 'case'] as const satisfies readonly RecordKind[];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  key: string;
  kind: TimelineKind;
  sector: Sector;
  system: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM; absent when the source shows no date. */
  date?: string;
  /** Effort end, request deadline, plan review, document validity. */
  until?: string;
  title: string;
  status?: RecordStatus;
  who: Responsible;
  stale: boolean;
  staleSince?: string;
  lastSeen: string;
  url: string;
  citizenCpr: string;
}

export function recordTitle(r: StoredRecord): string {
  switch (r.kind) {
    case 'citizen':
      return r.name;
    case 'contact':
      return r.name;
    case 'request':
      return r.label;
    default:
      return r.title;
  }
}

function dates(r: StoredRecord): { date?: string; until?: string } {
  switch (r.kind) {
    case 'effort':
      return { date: r.start, until: r.end };
    case 'request':
      return { date: r.requestedAt, until: r.answeredAt ?? r.deadline };
    case 'document':
      return { date: r.receivedAt, until: r.validUntil };
    case 'meeting':
      return { date: r.at };
    case 'plan':
      return { date: r.created, until: r.nextReview };
    case 'case':
      return { date: r.opened, until: r.closed };
    default:
      return {};
  }
}

const isTimelineKind = (k: RecordKind): k is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(k);

/** One timeline across sectors, newest (and upcoming) first; records without a date last. */
export function timelineItems(records: readonly StoredRecord[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const r of records) {
    if (!isTimelineKind(r.kind) || !('responsible' in r)) continue;
    const { date, until } = dates(r);
    items.push({
      key: recordKey(r),
      kind: r.kind,
      sector: r.sector,
      system: r.system,
      ...(date ? { date } : {}),
      ...(until ? { until } : {}),
      title: recordTitle(r),
      ...('status' in r ? { status: r.status } : {}),
      who: r.responsible,
      stale: r.stale,
      ...(r.staleSince ? { staleSince: r.staleSince } : {}),
      lastSeen: r.lastSeen,
      url: r.provenance.url,
      citizenCpr: r.linkedCpr,
    });
  }
  return items.sort((a, b) => {
    if (!a.date !== !b.date) return a.date ? -1 : 1;
    return (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key);
  });
}

export interface TimelineFilter {
  sectors: ReadonlySet<Sector>;
  kinds: ReadonlySet<TimelineKind>;
  showStale: boolean;
}

export function filterTimeline(items: readonly TimelineItem[], f: TimelineFilter): TimelineItem[] {
  return items.filter((i) => f.sectors.has(i.sector) && f.kinds.has(i.kind) && (f.showStale || !i.stale));
}
