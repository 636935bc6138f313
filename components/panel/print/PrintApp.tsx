import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageProvider, useFormat, useT } from '@/components/common/i18n';
import type { Language } from '@/lib/i18n';
import type { PrintView } from '@/lib/service/panel-view';
import { mailHref, telHref } from '../contacts/ContactList';
import './PrintApp.css';

/**
 * The plan for the citizen, on paper or as PDF: plain Danish, one plan across sectors, goals in their own words,
 * what is agreed, who to call, the next meeting. No flags, no internal notes, no CPR numbers.
 */
export function PrintDocument({ view }: { view: PrintView }) {
  const t = useT();
  const f = useFormat();
  const plan = view.plan;
  const names = new Map(view.persons.map((p) => [p.cpr, p.name]));
  const family = view.persons.length > 1;
  const coordinator = plan?.coordinator;
  return (
    <article class="print" data-testid="print">
      <header class="print-head">
        <h1>{t(family ? 'print.titleFamily' : 'print.title')}</h1>
        <p class="print-names" data-testid="print-names">
          {view.persons.map((p) => p.name).filter(Boolean).join(', ')}
        </p>
        <p>{t(family ? 'print.introFamily' : 'print.intro')}</p>
      </header>
      {!plan ? (
        <p>{t('print.noPlan')}</p>
      ) : (
        <>
          <section>
            <h2>{t(family ? 'print.goalsFamily' : 'print.goals')}</h2>
            {plan.goals.length ? (
              <ul class="print-goals">
                {plan.goals.map((g) => (
                  <li key={g.id}>
                    <q>{g.text}</q>
                    {family && g.person ? <span class="print-person"> ({names.get(g.person)})</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('print.noGoals')}</p>
            )}
          </section>
          <section>
            <h2>{t('print.actions')}</h2>
            {plan.actions.length ? (
              <table class="print-actions">
                <thead>
                  <tr>
                    <th scope="col">{t('print.colWhat')}</th>
                    <th scope="col">{t('print.colWho')}</th>
                    <th scope="col">{t('print.colWhen')}</th>
                    <th scope="col">{t('print.colStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.actions.map((a) => (
                    <tr key={a.id}>
                      <td>
                        {a.what}
                        {family && a.person ? ` (${names.get(a.person)})` : ''}
                      </td>
                      <td>{[a.who, a.sector ? t(`print.sector.${a.sector}`) : ''].filter(Boolean).join(', ')}</td>
                      <td>{f.date(a.when)}</td>
                      <td>{t(`action.status.${a.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('print.noActions')}</p>
            )}
          </section>
          <section>
            <h2>{t('print.meeting')}</h2>
            <p data-testid="print-meeting">{plan.nextMeeting ? f.dateTime(plan.nextMeeting) : t('print.noMeeting')}</p>
          </section>
          <section>
            <h2>{t('print.coordinator')}</h2>
            <p>{coordinator ? [coordinator.name, coordinator.unit, coordinator.phone, coordinator.email].filter(Boolean).join(', ') : t('print.noCoordinator')}</p>
          </section>
        </>
      )}
      <section>
        <h2>{t('print.contacts')}</h2>
        {view.contacts.length ? (
          <ul class="print-contacts" data-testid="print-contacts">
            {view.contacts.map((c) => (
              <li key={`${c.sector}|${c.unit}|${c.name ?? ''}`}>
                <strong>{c.name ?? c.unit}</strong>
                {c.name ? `, ${c.unit}` : ''}
                {c.sector ? ` (${t(`print.sector.${c.sector}`)})` : ''}
                {c.phone ? (
                  <>
                    {', '}
                    {t('print.phone')} <a href={telHref(c.phone)}>{c.phone}</a>
                  </>
                ) : null}
                {c.email ? (
                  <>
                    {', '}
                    {mailHref(c.email) ? <a href={mailHref(c.email)}>{c.email}</a> : c.email}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('print.noContacts')}</p>
        )}
      </section>
      <footer class="print-foot">
        <p>{t('print.rights')}</p>
        <p>{t('print.printed', { date: f.date(view.generatedAt.slice(0, 10)), by: view.generatedBy || '' })}</p>
      </footer>
    </article>
  );
}

export function PrintApp() {
  const [view, setView] = useState<PrintView | null | undefined>(undefined);
  const token = location.hash.slice(1);
  const lang: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'da';
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'panel:print-view', token })
      .then((v) => setView((v as PrintView | undefined) ?? null))
      .catch(() => setView(null));
  }, [token]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LanguageProvider value={lang}>
      <PrintShell view={view} />
    </LanguageProvider>
  );
}

function PrintShell({ view }: { view: PrintView | null | undefined }) {
  const t = useT();
  useEffect(() => {
    document.title = t('print.docTitle');
  }, []);
  return (
    <main>
      <div class="print-toolbar no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()} disabled={!view} data-testid="print-button">
          {t('print.printButton')}
        </button>
        <span class="muted"> {t('print.pdfHint')}</span>
      </div>
      {view === undefined ? <p role="status">{t('panel.loading')}</p> : view === null ? <p role="alert">{t('print.missing')}</p> : <PrintDocument view={view} />}
    </main>
  );
}
