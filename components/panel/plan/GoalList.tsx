import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { Plan, PlanGoal, PlanOp } from '@/lib/plan';

interface Props {
  plan: Plan;
  names: Map<string, string>;
  edit: (op: PlanOp) => Promise<boolean>;
}

function GoalItem({ goal, plan, names, edit }: Props & { goal: PlanGoal }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(goal.text);
  const id = `goal-${goal.id}`;
  if (editing) {
    return (
      <li class="goal">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (text.trim() && (await edit({ op: 'edit-goal', id: goal.id, text }))) setEditing(false);
          }}
        >
          <label class="field" for={id}>
            <span>{t('plan.goalText')}</span>
            <textarea id={id} value={text} maxLength={2000} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
          <div class="form-row">
            <button type="submit" class="button button-primary">
              {t('common.save')}
            </button>
            <button type="button" class="button" onClick={() => { setText(goal.text); setEditing(false); }}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  const actions = plan.actions.filter((a) => a.goalId === goal.id).length;
  return (
    <li class="goal" data-testid="goal">
      <blockquote class="goal-text" data-testid="goal-text">
        {goal.text}
      </blockquote>
      <p class="goal-meta muted">
        {goal.person ? t('plan.goalPerson', { name: names.get(goal.person) ?? '' }) : plan.citizens.length > 1 ? t('plan.goalFamily') : null}
        {actions ? ` ${t('plan.goalActions', { n: actions })}` : ''}
      </p>
      <div class="form-row">
        <button type="button" class="link-button" onClick={() => setEditing(true)} aria-label={t('plan.editGoalLabel', { text: goal.text.slice(0, 40) })}>
          {t('common.edit')}
        </button>
        <button type="button" class="link-button" onClick={() => void edit({ op: 'remove-goal', id: goal.id })} aria-label={t('plan.removeGoalLabel', { text: goal.text.slice(0, 40) })}>
          {t('common.remove')}
        </button>
      </div>
    </li>
  );
}

/** The citizen's goals, in their own words: the text is stored and shown exactly as typed. */
export function GoalList(props: Props) {
  const t = useT();
  const { plan, names, edit } = props;
  const [text, setText] = useState('');
  const [person, setPerson] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('plan.err.goalEmpty'));
      return;
    }
    if (await edit({ op: 'add-goal', text, ...(person ? { person } : {}) })) {
      setText('');
      setError('');
    }
  };
  return (
    <div class="goals">
      <h3 class="plan-subtitle">{t('plan.goals')}</h3>
      {plan.goals.length ? (
        <ul class="goal-list" data-testid="goal-list">
          {plan.goals.map((g) => (
            <GoalItem key={g.id} goal={g} {...props} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('plan.noGoals')}</p>
      )}
      <form class="goal-add" onSubmit={add}>
        <label class="field" for="goal-new">
          <span>{t('plan.addGoal')}</span>
          <textarea
            id="goal-new"
            data-testid="goal-new"
            value={text}
            maxLength={2000}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            aria-describedby="goal-new-hint"
            aria-invalid={Boolean(error)}
          />
          <span id="goal-new-hint" class="field-hint">
            {t('plan.goalHint')}
          </span>
        </label>
        {plan.citizens.length > 1 ? (
          <label class="field">
            <span>{t('plan.goalWhose')}</span>
            <select value={person} onChange={(e) => setPerson((e.target as HTMLSelectElement).value)}>
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
        <button type="submit" class="button button-primary" data-testid="goal-add">
          {t('plan.addGoalButton')}
        </button>
      </form>
    </div>
  );
}
