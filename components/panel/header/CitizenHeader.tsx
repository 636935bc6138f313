import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { formatCpr } from '@/lib/parse/cpr';
import './CitizenHeader.css';

interface Props {
  citizen: { cpr: string; name: string };
  family: { cpr: string; name: string }[];
}

/** A CPR number masked until asked for; every reveal is logged by the background. */
export function MaskedCpr({ cpr, testId }: { cpr: string; testId?: string }) {
  const t = useT();
  const send = useSend();
  const [revealed, setRevealed] = useState(false);
  const toggle = () => {
    if (!revealed) void send({ type: 'panel:reveal-cpr', cpr });
    setRevealed(!revealed);
  };
  return (
    <span class="cpr">
      <span data-testid={testId}>{formatCpr(cpr, { mask: !revealed })}</span>{' '}
      <button type="button" class="link-button" onClick={toggle} aria-pressed={revealed}>
        {revealed ? t('citizen.hideCpr') : t('citizen.revealCpr')}
      </button>
    </span>
  );
}

/** Who the plan is for, and the household in a family scope. */
export function CitizenHeader({ citizen, family }: Props) {
  const t = useT();
  return (
    <div class="citizen">
      <h2 class="citizen-name" data-testid="citizen-name">
        {citizen.name || t('citizen.unnamed')}
      </h2>
      <p class="citizen-cpr">
        <span>{t('citizen.cpr')}: </span>
        <MaskedCpr cpr={citizen.cpr} testId="citizen-cpr" />
      </p>
      {family.length > 0 && (
        <div class="citizen-family">
          <h3 class="citizen-family-title">{t('citizen.family')}</h3>
          <ul data-testid="family">
            {family.map((m) => (
              <li key={m.cpr}>
                {m.name || t('citizen.unnamed')} <span class="muted">({formatCpr(m.cpr, { mask: true })})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
