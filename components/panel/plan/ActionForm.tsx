import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { ACTION_STATUSES, type ActionStatus, type Plan, type PlanAction } from '@/lib/plan';
import { SECTORS, type Sector } from '@/lib/model';

export interface EffortOption {
  key: string;
  title: string;
  sector: Sector;
  system: string;
}

export interface ActionValues {
  what: string;
  who: string;
  sector: Sector | '';
  when: string;
  status: ActionStatus;
  goalId: string;
  effortKey: string;
  person: string;
}

export const emptyAction = (sector: Sector | '' = ''): ActionValues => ({ what: '', who: '', sector, when: '', status: 'planned', goalId: '', effortKey: '', person: '' });

export const actionValues = (a: PlanAction): ActionValues => ({
  what: a.what,
  who: a.who,
  sector: a.sector ?? '',
  when: a.when ?? '',
  status: a.status,
  goalId: a.goalId ?? '',
  effortKey: a.effortKey ?? '',
  person: a.person ?? '',
});

interface Props {
  idPrefix: string;
  plan: Plan;
  names: Map<string, string>;
  efforts: EffortOption[];
  initial: ActionValues;
  submitLabel: string;
  onSubmit: (v: ActionValues) => Promise<boolean>;
  onCancel?: () => void;
}

/** What, who, sector, when, status; optionally the goal it serves and the scraped effort that carries it out. */
export function ActionForm({ idPrefix, plan, names, efforts, initial, submitLabel, onSubmit, onCancel }: Props) {
  const t = useT();
  const [v, setV] = useState<ActionValues>(initial);
  const [error, setError] = useState('');
  const set = <K extends keyof ActionValues>(k: K) => (e: Event) => setV({ ...v, [k]: (e.target as HTMLInputElement).value as ActionValues[K] });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!v.what.trim()) {
      setError(t('plan.err.actionEmpty'));
      return;
    }
    setError('');
    if (await onSubmit(v)) setV(initial);
  };
  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <form class="action-form" onSubmit={submit} data-testid={`${idPrefix}-form`}>
      <label class="field" for={id('what')}>
        <span>{t('plan.actionWhat')}</span>
        <input id={id('what')} data-testid={id('what')} type="text" maxLength={500} value={v.what} onInput={set('what')} aria-invalid={Boolean(error)} />
      </label>
      <div class="form-row">
        <label class="field" for={id('who')}>
          <span>{t('plan.actionWho')}</span>
          <input id={id('who')} data-testid={id('who')} type="text" maxLength={200} value={v.who} onInput={set('who')} />
        </label>
        <label class="field" for={id('sector')}>
          <span>{t('plan.actionSector')}</span>
          <select id={id('sector')} data-testid={id('sector')} value={v.sector} onChange={set('sector')}>
            <option value="">{t('plan.actionNoSector')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-row">
        <label class="field" for={id('when')}>
          <span>{t('plan.actionWhen')}</span>
          <input id={id('when')} data-testid={id('when')} type="date" value={v.when} onInput={set('when')} />
        </label>
        <label class="field" for={id('status')}>
          <span>{t('plan.actionStatus')}</span>
          <select id={id('status')} data-testid={id('status')} value={v.status} onChange={set('status')}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`action.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {plan.goals.length ? (
        <label class="field" for={id('goal')}>
          <span>{t('plan.actionGoal')}</span>
          <select id={id('goal')} value={v.goalId} onChange={set('goalId')}>
            <option value="">{t('plan.actionNoGoal')}</option>
            {plan.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.text.length > 60 ? `${g.text.slice(0, 60)}…` : g.text}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label class="field" for={id('effort')}>
        <span>{t('plan.actionEffort')}</span>
        <select id={id('effort')} data-testid={id('effort')} value={v.effortKey} onChange={set('effortKey')}>
          <option value="">{t('plan.actionNoEffort')}</option>
          {v.effortKey && !efforts.some((e) => e.key === v.effortKey) ? <option value={v.effortKey}>{t('plan.effortHidden')}</option> : null}
          {efforts.map((e) => (
            <option key={e.key} value={e.key}>
              {`${e.title} (${t(`sector.${e.sector}`)}, ${e.system})`}
            </option>
          ))}
        </select>
      </label>
      {plan.citizens.length > 1 ? (
        <label class="field" for={id('person')}>
          <span>{t('plan.actionPerson')}</span>
          <select id={id('person')} value={v.person} onChange={set('person')}>
            <option value="">{t('plan.goalFamily')}</option>
            {plan.citizens.map((c) => (
              <option key={c} value={c}>
                {names.get(c) || c.slice(0, 6)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {error ? <p class="form-error">{error}</p> : null}
      <div class="form-row">
        <button type="submit" class="button button-primary" data-testid={id('submit')}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
