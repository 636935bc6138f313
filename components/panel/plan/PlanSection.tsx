import { Section } from '@/components/common/Section';
import { useFormat, useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import type { StoredRecord } from '@/lib/db/queries';
import { recordKey, type Sector } from '@/lib/model';
import { planWarnings } from '@/lib/plan';
import type { PanelView } from '@/lib/service/panel-view';
import type { EffortOption } from './ActionForm';
import { ActionList } from './ActionList';
import { GoalList } from './GoalList';
import { PlanBasics } from './PlanBasics';
import { PlanCreate } from './PlanCreate';
import { PlanHistory } from './PlanHistory';
import { usePlanEdit } from './usePlanEdit';
import './PlanSection.css';

interface Props {
  view: PanelView & { citizen: NonNullable<PanelView['citizen']> };
  names: Map<string, string>;
}

function effortOptions(records: StoredRecord[]): EffortOption[] {
  return records
    .filter((r): r is Extract<StoredRecord, { kind: 'effort' }> => r.kind === 'effort' && !r.stale)
    .map((r) => ({ key: recordKey(r), title: r.title, sector: r.sector as Sector, system: r.system }))
    .sort((a, b) => a.sector.localeCompare(b.sector) || a.title.localeCompare(b.title, 'da'));
}

function PlanEditor({ view, names, planView }: Props & { planView: NonNullable<PanelView['plan']> }) {
  const t = useT();
  const f = useFormat();
  const send = useSend();
  const { plan } = planView;
  const { edit, error, busy } = usePlanEdit(plan.id);
  const warnings = planWarnings(plan);
  return (
    <div class="plan" data-testid="plan" data-version={plan.version} aria-busy={busy}>
      <p class="plan-for">
        {t('plan.for', { names: plan.citizens.map((c) => names.get(c) || c.slice(0, 6)).join(', ') })}
        <span class="muted"> · {t('plan.updated', { when: f.dateTime(plan.updatedAt), by: plan.updatedBy })}</span>
      </p>
      {warnings.includes('level3-without-coordinator') ? (
        <p class="plan-warning" data-testid="plan-warning">
          {t('plan.warnLevel3')}
        </p>
      ) : null}
      {planView.unreadable ? <p class="plan-warning">{t('plan.unreadable', { n: planView.unreadable })}</p> : null}
      <p class="sr-only" aria-live="polite">
        {error ? '' : t('plan.savedVersion', { n: plan.version })}
      </p>
      {error ? (
        <p class="form-error" role="alert" data-testid="plan-error">
          {t('plan.err.save', { error })}
        </p>
      ) : null}
      <GoalList plan={plan} names={names} edit={edit} />
      <ActionList plan={plan} names={names} efforts={effortOptions(view.records)} linked={planView.efforts} edit={edit} />
      <PlanBasics plan={plan} edit={edit} me={view.user} />
      <PlanHistory history={planView.history} names={names} />
      <div class="plan-print">
        <button type="button" class="button" data-testid="plan-print" onClick={() => void send({ type: 'panel:print', cpr: view.citizen.cpr })}>
          {t('plan.print')}
        </button>
      </div>
    </div>
  );
}

/** The one plan with the citizen (or the family), editable, with its history. */
export function PlanSection({ view, names }: Props) {
  const t = useT();
  const people = [view.citizen, ...view.family];
  return (
    <Section id="plan" title={t('plan.title')} summary={view.plan ? t('plan.summary', { goals: view.plan.plan.goals.length, actions: view.plan.plan.actions.length }) : undefined}>
      {view.plan ? <PlanEditor view={view} names={names} planView={view.plan} /> : <PlanCreate people={people} />}
      {view.otherPlans.length ? (
        <p class="plan-warning" data-testid="other-plans">
          {t('plan.otherPlans', { n: view.otherPlans.length })}
        </p>
      ) : null}
    </Section>
  );
}
