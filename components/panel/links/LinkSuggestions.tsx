import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { LinkSuggestionGroup } from '@/lib/service/link-suggestions-view';
import { LinkGroup, type Outcome } from './LinkGroup';
import './LinkSuggestions.css';

const OUTCOME_TEXT = { confirmed: 'links.confirmed', rejected: 'links.rejected', failed: 'links.failed' } as const;

/**
 * Records on this page that name their citizen without a full CPR, and who they may be. Nothing is linked until the
 * caseworker confirms; the outcome stays announced after the group is gone from the refreshed view.
 */
export function LinkSuggestions({ groups }: { groups: LinkSuggestionGroup[] }) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  if (!groups.length && !outcome) return null;
  return (
    <section class="links" aria-labelledby="links-title" data-testid="link-suggestions">
      {groups.length ? (
        <>
          <h2 id="links-title" class="links-title">
            {t('links.title')}
          </h2>
          <p class="links-intro">{t('links.intro')}</p>
          <ul class="links-groups">
            {groups.map((g) => (
              <LinkGroup key={g.id} group={g} onDone={setOutcome} />
            ))}
          </ul>
        </>
      ) : (
        <h2 id="links-title" class="sr-only">
          {t('links.title')}
        </h2>
      )}
      <p class={`links-outcome${outcome === 'failed' ? ' form-error' : ''}`} role="status" aria-live="polite" data-testid="link-outcome">
        {outcome ? t(OUTCOME_TEXT[outcome]) : ''}
      </p>
    </section>
  );
}
