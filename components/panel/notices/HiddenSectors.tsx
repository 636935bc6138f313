import { SectorBadge } from '@/components/common/SectorBadge';
import { useT } from '@/components/common/i18n';
import type { HiddenSector } from '@/lib/service/panel-view';
import type { RecordKind } from '@/lib/model';
import './HiddenSectors.css';

/** Like KOMBIT's SAPA: that other sectors hold something, how much, never what. */
export function HiddenSectors({ hidden, names }: { hidden: HiddenSector[]; names: Map<string, string> }) {
  const t = useT();
  if (!hidden.length) return null;
  return (
    <div class="hidden-sectors" data-testid="hidden-sectors">
      <h3 class="hidden-title">{t('hidden.title')}</h3>
      <ul>
        {hidden.map((h) => (
          <li key={h.sector} data-testid="hidden-sector" data-sector={h.sector} data-count={h.records}>
            <SectorBadge sector={h.sector} />{' '}
            {t('hidden.count', {
              n: h.records,
              kinds: (Object.entries(h.byKind) as [RecordKind, number][]).map(([k, n]) => `${n} ${t(`kind.${k}`).toLowerCase()}`).join(', '),
            })}
            {h.citizens.length > 1 || names.size > 1 ? <span class="muted"> · {h.citizens.map((c) => names.get(c) || c.slice(0, 6)).join(', ')}</span> : null}
          </li>
        ))}
      </ul>
      <p class="field-hint">{t('hidden.hint')}</p>
    </div>
  );
}
