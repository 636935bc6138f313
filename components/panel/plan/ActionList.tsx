import { useState } from 'preact/hooks';
import { SectorBadge } from '@/components/common/SectorBadge';
import { useFormat, useT } from '@/components/common/i18n';
import type { PlanAction, Plan, PlanOp } from '@/lib/plan';
import type { PlanView } from '@/lib/service/panel-view';
import { ActionForm, actionValues, emptyAction, type ActionValues, type EffortOption } from './ActionForm';

interface Props {
  plan: Plan;
  names: Map<string, string>;
  efforts: EffortOption[];
  linked: PlanView['efforts'];
  edit: (op: PlanOp) => Promise<boolean>;
}

/** Turns the form's values into fields of an operation; '' means "not set". */
function toFields(v: ActionValues) {
  return {
    what: v.what,
    who: v.who,
    status: v.status,
    ...(v.sector ? { sector: v.sector } : {}),
    ...(v.when ? { when: v.when } : {}),
    ...(v.goalId ? { goalId: v.goalId } : {}),
    ...(v.effortKey ? { effortKey: v.effortKey } : {}),
    ...(v.person ? { person: v.person } : {}),
  };
}

function ActionItem({ action, ...p }: Props & { action: PlanAction }) {
  const t = useT();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const link = action.effortKey ? p.linked[action.effortKey] : undefined;
  const goal = action.goalId ? p.plan.goals.find((g) => g.id === action.goalId) : undefined;
  if (editing) {
    return (
      <li class="action">
        <ActionForm
          idPrefix={`action-edit-${action.id}`}
          plan={p.plan}
          names={p.names}
          efforts={p.efforts}
          initial={actionValues(action)}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            const fields = toFields(v);
            const ok = await p.edit({
              op: 'edit-action',
              id: action.id,
              changes: { ...fields, sector: fields.sector ?? null, when: fields.when ?? null, goalId: fields.goalId ?? null, effortKey: fields.effortKey ?? null, person: fields.person ?? null },
            });
            if (ok) setEditing(false);
            return ok;
          }}
        />
      </li>
    );
  }
  return (
    <li class={`action action-${action.status}`} data-testid="action">
      <p class="action-what">
        <strong data-testid="action-what">{action.what}</strong>
      </p>
      <p class="action-meta">
        {action.sector ? <SectorBadge sector={action.sector} /> : null} {action.who || t('plan.actionNobody')}
        {action.when ? ` · ${f.date(action.when)}` : ''}
        {action.person ? ` · ${p.names.get(action.person) ?? ''}` : ''}
      </p>
      <label class="field action-status">
        <span>{t('plan.actionStatus')}</span>
        <select
          value={action.status}
          data-testid="action-status"
          onChange={(e) => void p.edit({ op: 'edit-action', id: action.id, changes: { status: (e.target as HTMLSelectElement).value as PlanAction['status'] } })}
        >
          {(['planned', 'active', 'done', 'cancelled'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`action.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {goal ? <p class="muted">{t('plan.actionForGoal', { goal: goal.text.length > 60 ? `${goal.text.slice(0, 60)}…` : goal.text })}</p> : null}
      {link ? (
        <p class="action-link" data-testid="action-effort">
          {link.hidden
            ? t('plan.effortHiddenIn', { sector: link.sector ? t(`sector.${link.sector}`) : '?' })
            : t('plan.effortLinked', { title: link.title, status: t(`status.${link.status as 'active'}`) })}
        </p>
      ) : null}
      <div class="form-row">
        <button type="button" class="link-button" onClick={() => setEditing(true)} aria-label={t('plan.editActionLabel', { what: action.what })}>
          {t('common.edit')}
        </button>
        <button type="button" class="link-button" onClick={() => void p.edit({ op: 'remove-action', id: action.id })} aria-label={t('plan.removeActionLabel', { what: action.what })}>
          {t('common.remove')}
        </button>
      </div>
    </li>
  );
}

/** The agreed actions: what, who, sector, when and status, each optionally linked to a scraped effort. */
export function ActionList(props: Props) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  return (
    <div class="actions">
      <h3 class="plan-subtitle">{t('plan.actions')}</h3>
      {props.plan.actions.length ? (
        <ul class="action-list" data-testid="action-list">
          {props.plan.actions.map((a) => (
            <ActionItem key={a.id} action={a} {...props} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('plan.noActions')}</p>
      )}
      {adding ? (
        <ActionForm
          idPrefix="action-new"
          plan={props.plan}
          names={props.names}
          efforts={props.efforts}
          initial={emptyAction()}
          submitLabel={t('plan.addActionButton')}
          onCancel={() => setAdding(false)}
          onSubmit={async (v) => {
            const ok = await props.edit({ op: 'add-action', action: toFields(v) });
            if (ok) setAdding(false);
            return ok;
          }}
        />
      ) : (
        <button type="button" class="button" data-testid="action-add" onClick={() => setAdding(true)}>
          {t('plan.addAction')}
        </button>
      )}
    </div>
  );
}
