import { useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/ConfirmButton';
import { SectorBadge } from '@/components/common/SectorBadge';
import { useFormat, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { PanelResult } from '@/lib/messages/panel';
import type { LinkCandidateView, LinkSuggestionGroup } from '@/lib/service/link-suggestions-view';
import { formatCpr } from '@/lib/parse/cpr';
import { MaskedCpr } from '../header/CitizenHeader';

export type Outcome = 'confirmed' | 'rejected' | 'failed';

interface Props {
  group: LinkSuggestionGroup;
  onDone: (outcome: Outcome) => void;
}

/** One person as the page shows them, next to the known citizen(s) they may be: confirm one, or reject. */
export function LinkGroup({ group, onDone }: Props) {
  const t = useT();
  const f = useFormat();
  const send = useSend();
  const [busy, setBusy] = useState(false);
  const shownName = group.shown.name ?? t('links.unnamed');
  const shown = [shownName, group.shown.birthDate ? f.date(group.shown.birthDate) : ''].filter(Boolean).join(', ');
  const headingId = `links-${group.id}`;
  const decide = async (decision: 'confirmed' | 'rejected', cpr?: string) => {
    setBusy(true);
    try {
      const message =
        decision === 'confirmed' && cpr
          ? ({ type: 'panel:link-decision', groupId: group.id, decision, cpr } as const)
          : ({ type: 'panel:link-decision', groupId: group.id, decision: 'rejected' } as const);
      const result = (await send(message)) as PanelResult | undefined;
      onDone(result?.ok ? decision : 'failed');
    } catch {
      onDone('failed');
    } finally {
      setBusy(false);
    }
  };
  const more = group.recordCount - group.records.length;
  return (
    <li class="links-group" data-testid="link-suggestion" data-group={group.id} data-ambiguous={String(group.ambiguous)} aria-labelledby={headingId}>
      <h3 id={headingId} class="links-group-title">
        {t('links.groupLabel', { name: shownName, system: group.system })}
      </h3>
      <p class="links-sub">{t('links.shown')}</p>
      <dl class="links-facts" data-testid="link-shown">
        <dt>{t('links.shownName')}</dt>
        <dd>{shownName}</dd>
        {group.shown.birthDate ? (
          <>
            <dt>{t('links.shownBirthDate')}</dt>
            <dd>{f.date(group.shown.birthDate)}</dd>
          </>
        ) : null}
        <dt>{t('links.shownSystem')}</dt>
        <dd>
          <SectorBadge sector={group.sector} /> {group.system}
        </dd>
        <dt>{t('links.shownRecords')}</dt>
        <dd>
          <ul class="links-records">
            {group.records.map((r, i) => (
              <li key={i}>
                {t(`kind.${r.kind}`)}: {r.title}
              </li>
            ))}
            {more > 0 ? <li class="muted">{t('links.moreRecords', { n: more })}</li> : null}
          </ul>
        </dd>
      </dl>
      <p class="links-sub">{t(group.ambiguous ? 'links.candidates' : 'links.candidate')}</p>
      {group.ambiguous ? <p class="links-ambiguous">{t('links.ambiguous')}</p> : null}
      <ul class="links-candidates">
        {group.candidates.map((c) => (
          <Candidate key={c.cpr} candidate={c} shown={shown} group={group} busy={busy} onDecide={decide} />
        ))}
      </ul>
      {group.ambiguous ? (
        <div class="form-row">
          <ConfirmButton
            class="button-danger"
            data-testid="link-reject"
            disabled={busy}
            aria-label={t('links.rejectAllLabel', { shown, system: group.system })}
            onConfirm={() => void decide('rejected')}
          >
            {t('links.rejectAll')}
          </ConfirmButton>
        </div>
      ) : null}
    </li>
  );
}

interface CandidateProps {
  candidate: LinkCandidateView;
  shown: string;
  group: LinkSuggestionGroup;
  busy: boolean;
  onDecide: (decision: 'confirmed' | 'rejected', cpr?: string) => Promise<void>;
}

function Candidate({ candidate: c, shown, group, busy, onDecide }: CandidateProps) {
  const t = useT();
  const name = c.name || t('links.unnamed');
  const labels = { shown, system: group.system, candidate: name, cpr: formatCpr(c.cpr, { mask: true }) };
  return (
    <li class="links-candidate" data-testid="link-candidate">
      <p class="links-candidate-who">
        <strong data-testid="link-candidate-name">{name}</strong>{' '}
        <span class="muted">
          {t('links.candidateCpr')}: <MaskedCpr cpr={c.cpr} testId="link-candidate-cpr" />
        </span>
      </p>
      {c.reasons.length ? (
        <p class="links-why">
          {t('links.why')}: {c.reasons.map((r) => t(`links.reason.${r}`)).join(', ')}
        </p>
      ) : null}
      <div class="form-row">
        <ConfirmButton class="button-primary" data-testid="link-confirm" disabled={busy} aria-label={t('links.confirmLabel', labels)} onConfirm={() => void onDecide('confirmed', c.cpr)}>
          {t('links.confirm')}
        </ConfirmButton>
        {group.ambiguous ? null : (
          <ConfirmButton class="button-danger" data-testid="link-reject" disabled={busy} aria-label={t('links.rejectLabel', labels)} onConfirm={() => void onDecide('rejected')}>
            {t('links.reject')}
          </ConfirmButton>
        )}
      </div>
    </li>
  );
}
