import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { SECTORS, type Sector, type Settings } from '@/lib/model';
import { OptionsSection, Outcome } from './Section';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  describe: (e: unknown) => string;
}

/** Who uses this browser: the name goes into the access log, the sector decides what is shown without consent. */
export function UserSection({ settings, save, describe }: Props) {
  const t = useT();
  const [form, setForm] = useState({ userName: settings.userName, userSector: settings.userSector, userUnit: settings.userUnit, language: settings.language });
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await save({ ...form, userName: form.userName.trim(), userUnit: form.userUnit.trim() });
      setOutcome({ ok: t('options.saved') });
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };
  return (
    <OptionsSection id="user" title={t('options.user.title')} intro={t('options.user.intro')}>
      <form onSubmit={submit} class="stack narrow">
        <label class="field">
          <span>{t('options.user.name')}</span>
          <input value={form.userName} onInput={(e) => setForm({ ...form, userName: e.currentTarget.value })} autoComplete="name" data-testid="user-name" />
        </label>
        <label class="field">
          <span>{t('options.user.sector')}</span>
          <select value={form.userSector} onChange={(e) => setForm({ ...form, userSector: e.currentTarget.value as Sector })} data-testid="user-sector">
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('options.user.unit')}</span>
          <input value={form.userUnit} onInput={(e) => setForm({ ...form, userUnit: e.currentTarget.value })} data-testid="user-unit" />
        </label>
        <label class="field">
          <span>{t('options.user.language')}</span>
          <select value={form.language} onChange={(e) => setForm({ ...form, language: e.currentTarget.value as Settings['language'] })} data-testid="user-language">
            <option value="da" lang="da">
              Dansk
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <div>
          <button type="submit" class="button button-primary" data-testid="user-save">
            {t('options.save')}
          </button>
        </div>
        <Outcome {...outcome} testid="user" />
      </form>
    </OptionsSection>
  );
}
