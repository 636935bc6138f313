import { useFormat, useT, type T } from '@/components/common/i18n';
import type { PlanChange, PlanHistoryEntry } from '@/lib/plan';

const clip = (s: string | undefined, n = 60) => (!s ? '–' : s.length > n ? `${s.slice(0, n)}…` : s);

export function describeChange(t: T, c: PlanChange, names: Map<string, string>, when: (iso?: string) => string): string {
  switch (c.kind) {
    case 'created':
      return t('history.created', { n: c.persons });
    case 'goal-added':
      return t('history.goalAdded', { text: clip(c.text) });
    case 'goal-removed':
      return t('history.goalRemoved', { text: clip(c.text) });
    case 'goal-changed':
      return t('history.goalChanged', { before: clip(c.before), after: clip(c.after) });
    case 'action-added':
      return t('history.actionAdded', { what: clip(c.what) });
    case 'action-removed':
      return t('history.actionRemoved', { what: clip(c.what) });
    case 'action-changed':
      return t('history.actionChanged', {
        what: clip(c.what),
        fields: c.fields.map((x) => (x.field === 'status' ? `${t('plan.actionStatus')}: ${t(`action.status.${x.before as 'planned'}`)} → ${t(`action.status.${x.after as 'planned'}`)}` : t(`history.field.${x.field}`))).join(', '),
      });
    case 'coordinator':
      return t('history.coordinator', { before: c.before ?? '–', after: c.after ?? '–' });
    case 'level':
      return t('history.level', { before: c.before, after: c.after });
    case 'next-meeting':
      return t('history.nextMeeting', { before: c.before ? when(c.before) : '–', after: c.after ? when(c.after) : '–' });
    case 'persons':
      return t('history.persons', { added: c.added.map((p) => names.get(p) || p.slice(0, 6)).join(', ') || '–', removed: c.removed.map((p) => names.get(p) || p.slice(0, 6)).join(', ') || '–' });
    case 'title':
      return t('history.title', { before: c.before ?? '–', after: c.after ?? '–' });
  }
}

/** Who changed what, when: every saved version of the plan, newest first. */
export function PlanHistory({ history, names }: { history: PlanHistoryEntry[]; names: Map<string, string> }) {
  const t = useT();
  const f = useFormat();
  return (
    <details class="plan-history" data-testid="plan-history">
      <summary>{t('plan.history', { n: history.length })}</summary>
      <ol class="history-list">
        {history.map((h) => (
          <li key={h.version} data-testid="history-entry">
            <p class="history-head">
              <strong>{f.dateTime(h.at)}</strong> · {h.by} <span class="muted">({t('history.version', { n: h.version })})</span>
            </p>
            <ul>
              {h.changes.map((c, i) => (
                <li key={i}>{describeChange(t, c, names, f.dateTime)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
