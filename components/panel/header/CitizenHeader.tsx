import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '@/components/common/i18n';
import { formatCpr } from '@/lib/parse/cpr';
import './CitizenHeader.css';

interface Props {
  citizen: { cpr: string; name: string };
  family: { cpr: string; name: string }[];
}

/** Who the plan is for. The CPR is masked until asked for, and every reveal is logged. */
export function CitizenHeader({ citizen, family }: Props) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const toggle = () => {
    if (!revealed) void browser.runtime.sendMessage({ type: 'panel:reveal-cpr', cpr: citizen.cpr });
    setRevealed(!revealed);
  };
  return (
    <section class="citizen" aria-label={citizen.name}>
      <h2 class="citizen-name" data-testid="citizen-name">
        {citizen.name}
      </h2>
      <p class="citizen-cpr">
        <span>{t('citizen.cpr')}: </span>
        <span data-testid="citizen-cpr">{formatCpr(citizen.cpr, { mask: !revealed })}</span>{' '}
        <button type="button" class="link-button" onClick={toggle} aria-pressed={revealed}>
          {revealed ? t('citizen.hideCpr') : t('citizen.revealCpr')}
        </button>
      </p>
      {family.length > 0 && (
        <ul class="citizen-family" data-testid="family">
          {family.map((m) => (
            <li key={m.cpr}>{m.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
