import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { recomputeAllFlags } from '@/lib/service/refresh-flags';
import { INFO_TYPES } from '@/lib/taxonomy/info-types';
import { useLang } from '@/components/overview/lang';
import { OptionsSection, Outcome } from './Section';
import { overridesFromForm, type FeeForm } from './fees';

interface Props {
  db: EnPlanDb;
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  describe: (e: unknown) => string;
}

/**
 * The municipality's own fees and validity windows per information type. An empty field means "use the default"
 * (shown beside it). Saving re-runs detection, since a window decides what a duplicate is and a fee what is at stake.
 */
export function FeesSection({ db, settings, save, describe }: Props) {
  const t = useT();
  const lang = useLang();
  const [form, setForm] = useState<FeeForm>(() =>
    Object.fromEntries(
      INFO_TYPES.map((type) => {
        const o = settings.infoTypes[type.id] ?? {};
        return [type.id, { fee: o.fee?.toString() ?? '', validityDays: o.validityDays?.toString() ?? '', answerDays: o.answerDays?.toString() ?? '' }];
      }),
    ),
  );
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const set = (id: string, field: keyof FeeForm[string], value: string) => setForm({ ...form, [id]: { ...form[id]!, [field]: value } });

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = overridesFromForm(form);
    if (!parsed.ok) {
      const type = INFO_TYPES.find((x) => x.id === parsed.id);
      return setOutcome({ error: t('options.fees.invalid', { type: (lang === 'da' ? type?.name : type?.nameEn) ?? parsed.id, field: t(`options.fees.${parsed.field}`) }) });
    }
    setBusy(true);
    try {
      await save({ infoTypes: parsed.infoTypes });
      setOutcome({ ok: t('options.recomputing') });
      await recomputeAllFlags(db, new Date().toISOString());
      setOutcome({ ok: t('options.savedRecomputed') });
    } catch (err) {
      setOutcome({ error: describe(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <OptionsSection id="fees" title={t('options.fees.title')} intro={t('options.fees.intro')}>
      <form onSubmit={submit}>
        <div class="table-scroll" role="region" aria-labelledby="fees-title" tabIndex={0}>
          <table class="options-table fees" data-testid="fees">
            <thead>
              <tr>
                <th scope="col">{t('options.fees.type')}</th>
                <th scope="col">{t('options.fees.fee')}</th>
                <th scope="col">{t('options.fees.validityDays')}</th>
                <th scope="col">{t('options.fees.answerDays')}</th>
              </tr>
            </thead>
            <tbody>
              {INFO_TYPES.map((type) => {
                const name = lang === 'da' ? type.name : type.nameEn;
                const row = form[type.id]!;
                return (
                  <tr key={type.id} data-testid={`fee-row-${type.id}`}>
                    <th scope="row">
                      {name}
                      {type.answerForm && <span class="muted"> ({type.answerForm})</span>}
                    </th>
                    <td>
                      <input type="number" min={0} step={1} value={row.fee} placeholder={type.defaultFee?.toString() ?? ''} onInput={(e) => set(type.id, 'fee', e.currentTarget.value)} aria-label={`${t('options.fees.fee')}: ${name}`} data-testid={`fee-${type.id}`} />
                      <span class="muted default">{t('options.fees.default', { value: type.defaultFee ?? '–' })}</span>
                    </td>
                    <td>
                      <input type="number" min={1} step={1} value={row.validityDays} placeholder={String(type.defaultValidityDays)} onInput={(e) => set(type.id, 'validityDays', e.currentTarget.value)} aria-label={`${t('options.fees.validityDays')}: ${name}`} data-testid={`validity-${type.id}`} />
                      <span class="muted default">{t('options.fees.default', { value: type.defaultValidityDays })}</span>
                    </td>
                    <td>
                      <input type="number" min={1} step={1} value={row.answerDays} placeholder={type.answerDays?.toString() ?? ''} onInput={(e) => set(type.id, 'answerDays', e.currentTarget.value)} aria-label={`${t('options.fees.answerDays')}: ${name}`} data-testid={`answer-${type.id}`} />
                      <span class="muted default">{t('options.fees.default', { value: type.answerDays ?? '–' })}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>
          <button type="submit" class="button button-primary" disabled={busy} data-testid="fees-save">
            {t('options.fees.save')}
          </button>
        </p>
      </form>
      <Outcome {...outcome} testid="fees" />
    </OptionsSection>
  );
}
