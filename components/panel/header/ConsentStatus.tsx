import { useFormat, useT } from '@/components/common/i18n';
import type { ConsentSummary } from '@/lib/consent/consent';
import type { Sector } from '@/lib/model';
import './ConsentStatus.css';

interface Props {
  summaries: ConsentSummary[];
  people: { cpr: string; name: string }[];
  userSector: Sector;
}

/**
 * One line per person in scope: which sectors the registered consent (or other legal basis) covers. Only the
 * summary sits in the header, so the flags stay in view; registering and withdrawing live in ConsentSection.
 */
export function ConsentStatus({ summaries, people, userSector }: Props) {
  const t = useT();
  const f = useFormat();
  const name = (cpr: string) => people.find((p) => p.cpr === cpr)?.name || cpr.slice(0, 6);
  return (
    <div class="consent" data-testid="consent">
      <h3 class="consent-title">{t('consent.title')}</h3>
      <ul class="consent-people">
        {summaries.map((s) => (
          <li key={s.cpr} data-testid="consent-person" data-level={s.level}>
            <p class={`consent-level consent-${s.level}`}>
              {summaries.length > 1 ? <strong>{name(s.cpr)}: </strong> : null}
              {s.level === 'none'
                ? t('consent.none', { sector: t(`sector.${userSector}`) })
                : t(s.level === 'full' ? 'consent.full' : 'consent.partial', { sectors: s.sectors.map((x) => t(`sector.${x}`)).join(', ') })}
              {s.nextExpiry ? ` ${t('consent.expires', { date: f.date(s.nextExpiry) })}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
