import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '@/components/common/i18n';
import { ADAPTERS, adapterById } from '@/lib/adapters/registry';
import { configuredSystems, saveSystems, type SystemConfig } from '@/lib/config/systems';
import { OptionsSection, Outcome } from './Section';
import { normaliseOrigin } from './origin';

interface Row extends SystemConfig {
  granted: boolean;
}

/**
 * The case systems the extension may read. Access to an origin is asked for at the moment the user adds it
 * (an optional host permission) and given back when it is removed; the background registers the content script
 * for exactly the granted, configured origins whenever either changes.
 */
export function SystemsSection({ describe }: { describe: (e: unknown) => string }) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [origin, setOrigin] = useState('');
  const [adapterId, setAdapterId] = useState(ADAPTERS[0]?.id ?? '');
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});

  const refresh = async () => {
    const systems = await configuredSystems();
    setRows(await Promise.all(systems.map(async (s) => ({ ...s, granted: await browser.permissions.contains({ origins: [`${s.origin}/*`] }) }))));
  };
  useEffect(() => {
    void refresh().catch((e) => setOutcome({ error: describe(e) }));
  }, []);

  const add = (e: Event) => {
    e.preventDefault();
    const normalised = normaliseOrigin(origin);
    if (!normalised.ok) return setOutcome({ error: t(normalised.error, { origin }) });
    if (!adapterById(adapterId)) return setOutcome({ error: t('options.systems.pickAdapter') });
    if (rows.some((r) => r.origin === normalised.origin)) return setOutcome({ error: t('options.systems.duplicate', { origin: normalised.origin }) });
    // Chrome grants a permission request only inside the click's user gesture: no await may come before it.
    const request = browser.permissions.request({ origins: [`${normalised.origin}/*`] });
    void (async () => {
      try {
        if (!(await request)) return setOutcome({ error: t('options.systems.denied', { origin: normalised.origin }) });
        await saveSystems([...(await configuredSystems()), { origin: normalised.origin, adapterId }]);
        setOrigin('');
        setOutcome({ ok: t('options.systems.added', { origin: normalised.origin }) });
        await refresh();
      } catch (err) {
        setOutcome({ error: describe(err) });
      }
    })();
  };

  const remove = async (row: Row) => {
    try {
      let note = '';
      try {
        await browser.permissions.remove({ origins: [`${row.origin}/*`] });
      } catch {
        // A build may list an origin as a required host permission (the demo build does); it cannot be given
        // back at run time, but without a configuration entry the content script is not registered for it.
        note = ` ${t('options.systems.required')}`;
      }
      await saveSystems((await configuredSystems()).filter((s) => s.origin !== row.origin));
      setOutcome({ ok: t('options.systems.removed', { origin: row.origin }) + note });
      await refresh();
    } catch (err) {
      setOutcome({ error: describe(err) });
    }
  };

  return (
    <OptionsSection id="systems" title={t('options.systems.title')} intro={t('options.systems.intro')}>
      {rows.length ? (
        <table class="options-table" data-testid="systems">
          <thead>
            <tr>
              <th scope="col">{t('options.systems.origin')}</th>
              <th scope="col">{t('options.systems.adapter')}</th>
              <th scope="col">{t('options.systems.access')}</th>
              <th scope="col">
                <span class="sr-only">{t('options.systems.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.origin}>
                <td>{r.origin}</td>
                <td>{adapterById(r.adapterId)?.name ?? r.adapterId}</td>
                <td>{r.granted ? t('options.systems.granted') : t('options.systems.notGranted')}</td>
                <td>
                  <button type="button" class="button button-danger" onClick={() => void remove(r)} aria-label={t('options.systems.removeLabel', { origin: r.origin })}>
                    {t('options.systems.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="systems-empty">{t('options.systems.none')}</p>
      )}
      <form onSubmit={add} class="form-row">
        <label class="field">
          <span>{t('options.systems.origin')}</span>
          <input type="url" value={origin} onInput={(e) => setOrigin(e.currentTarget.value)} placeholder="https://sag.kommune.dk" required data-testid="system-origin" />
        </label>
        <label class="field">
          <span>{t('options.systems.adapter')}</span>
          <select value={adapterId} onChange={(e) => setAdapterId(e.currentTarget.value)} data-testid="system-adapter">
            {ADAPTERS.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <div class="field">
          <button type="submit" class="button button-primary" disabled={!ADAPTERS.length} data-testid="system-add">
            {t('options.systems.add')}
          </button>
        </div>
      </form>
      <Outcome {...outcome} testid="systems" />
    </OptionsSection>
  );
}
