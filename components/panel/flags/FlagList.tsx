import { Section } from '@/components/common/Section';
import { useT } from '@/components/common/i18n';
import type { StoredRecord } from '@/lib/db/queries';
import type { ViewFlag } from '@/lib/service/panel-view';
import { FlagItem } from './FlagItem';
import { HiddenFlagItem } from './HiddenFlagItem';
import './FlagList.css';

const ORDER = { open: 0, acknowledged: 1, dismissed: 2, resolved: 3 } as const;

/** Flags first: the open ones on top, each with its reason and the records it rests on. */
export function FlagList({ flags, records }: { flags: ViewFlag[]; records: Map<string, StoredRecord> }) {
  const t = useT();
  const sorted = [...flags].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id));
  const open = flags.filter((f) => f.status === 'open').length;
  return (
    <Section id="flags" title={t('flags.title')} summary={t('flags.summary', { open, total: flags.length })}>
      {sorted.length === 0 ? (
        <p class="muted">{t('flags.none')}</p>
      ) : (
        <ul class="flag-list" data-testid="flag-list">
          {sorted.map((f) => (f.hidden ? <HiddenFlagItem key={f.id} flag={f} /> : <FlagItem key={f.id} flag={f} records={records} />))}
        </ul>
      )}
    </Section>
  );
}
