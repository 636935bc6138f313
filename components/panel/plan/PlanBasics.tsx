import { useState } from 'preact/hooks';
import { useFormat, useT } from '@/components/common/i18n';
import { SECTORS, type Sector } from '@/lib/model';
import { COORDINATION_LEVELS, type CoordinationLevel, type Plan, type PlanOp } from '@/lib/plan';

interface Props {
  plan: Plan;
  edit: (op: PlanOp) => Promise<boolean>;
  /** Prefills the coordinator form with the caseworker's own name and sector. */
  me: { name: string; sector: Sector; unit: string };
}

function CoordinatorForm({ plan, edit, me, onDone }: Props & { onDone: () => void }) {
  const t = useT();
  const c = plan.coordinator;
  const [name, setName] = useState(c?.name ?? me.name);
  const [unit, setUnit] = useState(c?.unit ?? me.unit);
  const [sector, setSector] = useState<Sector | ''>(c?.sector ?? me.sector);
  const [phone, setPhone] = useState(c?.phone ?? '');
  const [email, setEmail] = useState(c?.email ?? '');
  const [error, setError] = useState('');
  const val = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('plan.err.coordinatorName'));
      return;
    }
    const coordinator = { name, ...(unit.trim() ? { unit } : {}), ...(sector ? { sector } : {}), ...(phone.trim() ? { phone } : {}), ...(email.trim() ? { email } : {}) };
    if (await edit({ op: 'set-coordinator', coordinator })) onDone();
  };
  return (
    <form class="coordinator-form" onSubmit={save} data-testid="coordinator-form">
      <label class="field">
        <span>{t('plan.coordinatorName')}</span>
        <input type="text" data-testid="coordinator-name" value={name} maxLength={200} onInput={val(setName)} aria-invalid={Boolean(error)} />
      </label>
      <div class="form-row">
        <label class="field">
          <span>{t('plan.coordinatorUnit')}</span>
          <input type="text" value={unit} maxLength={200} onInput={val(setUnit)} />
        </label>
        <label class="field">
          <span>{t('plan.actionSector')}</span>
          <select value={sector} onChange={val((v) => setSector(v as Sector | ''))}>
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
        <label class="field">
          <span>{t('contacts.phone')}</span>
          <input type="tel" value={phone} maxLength={50} onInput={val(setPhone)} />
        </label>
        <label class="field">
          <span>{t('contacts.email')}</span>
          <input type="email" value={email} maxLength={200} onInput={val(setEmail)} />
        </label>
      </div>
      {error ? <p class="form-error">{error}</p> : null}
      <div class="form-row">
        <button type="submit" class="button button-primary" data-testid="coordinator-save">
          {t('common.save')}
        </button>
        {c ? (
          <button type="button" class="button" onClick={async () => { if (await edit({ op: 'set-coordinator', coordinator: null })) onDone(); }}>
            {t('plan.coordinatorRemove')}
          </button>
        ) : null}
        <button type="button" class="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Coordinator, coordination level and the next joint meeting. */
export function PlanBasics(props: Props) {
  const t = useT();
  const f = useFormat();
  const { plan, edit } = props;
  const [editingCoordinator, setEditingCoordinator] = useState(false);
  const [meeting, setMeeting] = useState(plan.nextMeeting ?? '');
  const c = plan.coordinator;
  return (
    <div class="plan-basics">
      <h3 class="plan-subtitle">{t('plan.coordination')}</h3>
      <label class="field">
        <span>{t('coordination.level')}</span>
        <select
          value={plan.coordinationLevel}
          data-testid="plan-level"
          onChange={(e) => void edit({ op: 'set-level', level: Number((e.target as HTMLSelectElement).value) as CoordinationLevel })}
        >
          {COORDINATION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`coordination.level${l}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="plan-coordinator">
        <p class="field-label">{t('coordination.coordinator')}</p>
        {editingCoordinator ? (
          <CoordinatorForm {...props} onDone={() => setEditingCoordinator(false)} />
        ) : (
          <p>
            {c ? [c.name, c.unit, c.sector ? t(`sector.${c.sector}`) : '', c.phone, c.email].filter(Boolean).join(' · ') : t('coordination.none')}{' '}
            <button type="button" class="link-button" data-testid="coordinator-edit" onClick={() => setEditingCoordinator(true)}>
              {c ? t('plan.coordinatorChange') : t('plan.coordinatorSet')}
            </button>
          </p>
        )}
      </div>
      <form
        class="plan-meeting"
        onSubmit={(e) => {
          e.preventDefault();
          void edit({ op: 'set-next-meeting', at: meeting ? meeting.slice(0, 16) : null });
        }}
      >
        <label class="field" for="plan-next-meeting">
          <span>{t('plan.nextMeeting')}</span>
          <input id="plan-next-meeting" data-testid="plan-next-meeting" type="datetime-local" value={meeting} onInput={(e) => setMeeting((e.target as HTMLInputElement).value)} />
          {plan.nextMeeting ? <span class="field-hint" data-testid="plan-next-meeting-saved">{t('plan.nextMeetingSaved', { when: f.dateTime(plan.nextMeeting) })}</span> : null}
        </label>
        <button type="submit" class="button" data-testid="plan-next-meeting-save">
          {t('plan.nextMeetingSave')}
        </button>
      </form>
    </div>
  );
}
