import { useT } from '@/components/common/i18n';
import type { Plan } from '@/lib/plan/types';
import { formatDay } from '../format';
import { useLang } from '../lang';

/**
 * The one plan, read-only: the goals in the citizen's own words, what is agreed, the coordinator and the next
 * meeting. Changing it is the caseworkers' job in the panel, not the team lead's here.
 */
export function CitizenPlan({ plan, names }: { plan?: Plan; names: Map<string, string> }) {
  const t = useT();
  const lang = useLang();
  if (!plan) {
    return (
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <p data-testid="plan-none">{t('plan.none')}</p>
      </section>
    );
  }
  const family = plan.citizens.length > 1;
  const c = plan.coordinator;
  const meeting = plan.nextMeeting ? `${formatDay(plan.nextMeeting, lang)} ${plan.nextMeeting.slice(11, 16)}` : '';
  return (
    <section aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <h3>{t('plan.goals')}</h3>
      {plan.goals.length ? (
        <ul data-testid="plan-goals">
          {plan.goals.map((g) => (
            <li key={g.id}>
              <q>{g.text}</q>
              {family && g.person ? ` (${names.get(g.person) ?? ''})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('plan.noGoals')}</p>
      )}
      <h3>{t('plan.actions')}</h3>
      {plan.actions.length ? (
        <div class="records-scroll">
          <table class="records" data-testid="plan-actions">
            <thead>
              <tr>
                <th scope="col">{t('plan.actionWhat')}</th>
                <th scope="col">{t('plan.actionWho')}</th>
                <th scope="col">{t('plan.actionSector')}</th>
                <th scope="col">{t('plan.actionWhen')}</th>
                <th scope="col">{t('plan.actionStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.what}</td>
                  <td>{a.who || t('plan.actionNobody')}</td>
                  <td>{a.sector ? t(`sector.${a.sector}`) : ''}</td>
                  <td>{formatDay(a.when, lang)}</td>
                  <td>{t(`action.status.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('plan.noActions')}</p>
      )}
      <h3>{t('plan.coordination')}</h3>
      <dl class="plan-facts">
        <dt>{t('citizenView.coordinator')}</dt>
        <dd data-testid="plan-coordinator">{c ? [c.name, c.unit].filter(Boolean).join(', ') : t('citizenView.noCoordinator')}</dd>
        <dt>{t('plan.nextMeeting')}</dt>
        <dd data-testid="plan-meeting">{meeting || t('citizenView.noMeeting')}</dd>
      </dl>
    </section>
  );
}
