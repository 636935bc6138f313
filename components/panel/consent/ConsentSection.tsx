import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/ConfirmButton';
import { Section } from '@/components/common/Section';
import { SectorBadge } from '@/components/common/SectorBadge';
import { useFormat, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { basisOf, type ConsentSummary } from '@/lib/consent/consent';
import type { ConsentRow } from '@/lib/db/rows';
import type { Sector } from '@/lib/model';
import { ConsentForm } from './ConsentForm';

interface Props {
  summaries: ConsentSummary[];
  people: { cpr: string; name: string }[];
  userSector: Sector;
}

function ConsentLine({ row }: { row: ConsentRow }) {
  const t = useT();
  const f = useFormat();
  const send = useSend();
  const [error, setError] = useState('');
  const withdraw = async () => {
    const answer = (await send({ type: 'panel:consent-withdraw', consentId: row.id })) as { ok: boolean; error?: string } | undefined;
    setError(answer && !answer.ok ? t('consent.error', { error: answer.error ?? '' }) : '');
  };
  return (
    <li class="consent-row" data-testid="consent-row">
      <p>
        <strong>{basisOf(row) === 'consent' ? t('consent.basisConsent') : t('consent.basisOther', { ref: row.legalBasisRef })}</strong>{' '}
        {row.sectors.map((s) => (
          <SectorBadge key={s} sector={s} />
        ))}
      </p>
      <p class="muted">
        {t('consent.givenLine', { date: f.date(row.givenAt), by: row.givenBy })}
        {row.expires ? ` · ${t('consent.expires', { date: f.date(row.expires) })}` : ''}
      </p>
      {row.note ? <p class="muted">{row.note}</p> : null}
      <ConfirmButton class="button-danger" data-testid="consent-withdraw" onConfirm={() => void withdraw()}>
        {t('consent.withdraw')}
      </ConfirmButton>
      {error ? <p class="form-error" role="alert">{error}</p> : null}
    </li>
  );
}

/**
 * The consents and other legal bases registered per person in scope, their history, and the forms to register or
 * withdraw one. Changes are logged by the background; withdrawal hides other sectors' records at once.
 */
export function ConsentSection({ summaries, people, userSector }: Props) {
  const t = useT();
  const f = useFormat();
  const [adding, setAdding] = useState(false);
  const name = (cpr: string) => people.find((p) => p.cpr === cpr)?.name || cpr.slice(0, 6);
  const active = summaries.reduce((n, s) => n + s.active.length, 0);
  return (
    <Section id="consent" title={t('consent.manageTitle')} summary={t('consent.activeCount', { n: active })}>
      <div class="consent">
        {summaries.map((s) =>
          s.active.length || s.inactive.length ? (
            <div key={s.cpr} class="consent-person">
              {summaries.length > 1 ? <h3 class="consent-title">{name(s.cpr)}</h3> : null}
              {s.active.length ? (
                <ul class="consent-rows">
                  {s.active.map((r) => (
                    <ConsentLine key={r.id} row={r} />
                  ))}
                </ul>
              ) : null}
              {s.inactive.length ? (
                <details class="consent-old">
                  <summary>{t('consent.history', { n: s.inactive.length })}</summary>
                  <ul>
                    {s.inactive.map((r) => (
                      <li key={r.id}>
                        {t(`consent.state.${r.state}`)}: {basisOf(r) === 'consent' ? t('consent.basisConsent') : r.legalBasisRef} ({r.sectors.map((x) => t(`sector.${x}`)).join(', ')})
                        {r.withdrawnAt ? ` · ${t('consent.withdrawnLine', { date: f.date(r.withdrawnAt), by: r.withdrawnBy ?? '' })}` : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          ) : null,
        )}
        {adding ? (
          <ConsentForm people={people} userSector={userSector} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" class="button" onClick={() => setAdding(true)} data-testid="consent-add">
            {t('consent.add')}
          </button>
        )}
      </div>
    </Section>
  );
}
