import { Section } from '@/components/common/Section';
import { useT } from '@/components/common/i18n';
import type { StoredRecord } from '@/lib/db/queries';
import type { ViewFlag } from '@/lib/service/panel-view';
import { compareFlags } from '@/lib/model';
import { FlagItem } from './FlagItem';
import { HiddenFlagItem } from './HiddenFlagItem';
import './FlagList.css';

/** Flags first: the open ones on top, each with its reason and the records it rests on. */
export function FlagList({ flags, records }: { flags: ViewFlag[]; records: Map<string, StoredRecord> }) {
  const t = useT();
  const sorted = [...flags].sort(compareFlags);
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
