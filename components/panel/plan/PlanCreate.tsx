import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { PanelResult } from '@/lib/messages/panel';
import { COORDINATION_LEVELS, type CoordinationLevel } from '@/lib/plan';

/** No plan yet: choose who it is for (a family plan holds several persons) and the coordination level. */
export function PlanCreate({ people }: { people: { cpr: string; name: string }[] }) {
  const t = useT();
  const send = useSend();
  const [chosen, setChosen] = useState<Set<string>>(new Set(people.map((p) => p.cpr)));
  const [level, setLevel] = useState<CoordinationLevel>(people.length > 1 ? 3 : 2);
  const [error, setError] = useState('');
  const create = async () => {
    if (!chosen.size) {
      setError(t('plan.err.noPersons'));
      return;
    }
    const answer = (await send({ type: 'panel:plan-create', citizens: [...chosen], level })) as PanelResult | undefined;
    setError(answer?.ok ? '' : t('plan.err.save', { error: answer && !answer.ok ? t(answer.error === 'plan-exists' ? 'plan.err.exists' : 'plan.err.generic') : '' }));
  };
  return (
    <form class="plan-create stack" onSubmit={(e) => { e.preventDefault(); void create(); }} data-testid="plan-create">
      <p>{t('plan.none')}</p>
      {people.length > 1 ? (
        <fieldset>
          <legend>{t('plan.persons')}</legend>
          {people.map((p) => (
            <label key={p.cpr} class="check">
              <input
                type="checkbox"
                checked={chosen.has(p.cpr)}
                onChange={() => {
                  const next = new Set(chosen);
                  if (next.has(p.cpr)) next.delete(p.cpr);
                  else next.add(p.cpr);
                  setChosen(next);
                }}
              />
              {p.name || p.cpr.slice(0, 6)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label class="field">
        <span>{t('coordination.level')}</span>
        <select value={level} onChange={(e) => setLevel(Number((e.target as HTMLSelectElement).value) as CoordinationLevel)}>
          {COORDINATION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`coordination.level${l}`)}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" class="button button-primary" data-testid="plan-create-submit">
          {t('plan.create')}
        </button>
      </div>
    </form>
  );
}
