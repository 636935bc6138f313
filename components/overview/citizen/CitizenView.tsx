import { useEffect, useMemo, useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { StoredRecord } from '@/lib/db/queries';
import type { MessageKey } from '@/lib/i18n';
import { SECTORS, type Sector } from '@/lib/model';
import { formatCpr } from '@/lib/parse/cpr';
import { eventDay } from '@/lib/overview/project';
import type { CitizenDetail } from '@/lib/overview/source';
import { sectorAccess } from '@/lib/overview/visibility';
import { formatDay } from '../format';
import { useLang } from '../lang';
import { CitizenPlan } from './CitizenPlan';
import './CitizenView.css';

interface Props {
  detail: CitizenDetail;
  onReveal: () => Promise<void>;
}

export function recordTitle(r: StoredRecord): string {
  switch (r.kind) {
    case 'request':
      return r.label;
    case 'contact':
    case 'citizen':
      return r.name;
    default:
      return r.title;
  }
}

/** One citizen (and household) as the team lead may see them: own sector in full, other sectors only with consent. */
export function CitizenView({ detail, onReveal }: Props) {
  const t = useT();
  const lang = useLang();
  const [revealed, setRevealed] = useState(false);
  const canSee = useMemo(() => sectorAccess(detail.consents, detail.settings.userSector, detail.today), [detail]);
  const names = new Map([[detail.cpr, detail.name], ...detail.family.map((m) => [m.cpr, m.name] as const)]);
  const byKey = new Map(detail.records.map((r) => [`${r.system}|${r.kind}|${r.nativeId}`, r]));
  const visible = detail.records.filter((r) => r.kind !== 'citizen' && canSee(r.linkedCpr, r.sector)).sort((a, b) => (eventDay(b) ?? '').localeCompare(eventDay(a) ?? ''));
  const hidden = SECTORS.map((s) => ({ sector: s, n: detail.records.filter((r) => r.kind !== 'citizen' && r.sector === s && !canSee(r.linkedCpr, s)).length })).filter((x) => x.n > 0);
  const flagVisible = (keys: string[]) => keys.every((k) => {
    const r = byKey.get(k);
    return !r || canSee(r.linkedCpr, r.sector);
  });

  useEffect(() => {
    document.title = `${detail.name} – ${t('citizenView.title')}`;
  }, [detail]);

  const reveal = async () => {
    if (!revealed) await onReveal();
    setRevealed(!revealed);
  };

  return (
    <main class="overview citizen-view">
      <p class="no-print">
        <a href="?">{t('citizenView.back')}</a>
      </p>
      <h1 data-testid="citizen-name">{detail.name || t('overview.unnamed')}</h1>
      <p>
        {t('citizen.cpr')}: <span data-testid="citizen-cpr">{formatCpr(detail.cpr, { mask: !revealed })}</span>{' '}
        <button type="button" class="link-button" onClick={() => void reveal()} aria-pressed={revealed}>
          {revealed ? t('citizen.hideCpr') : t('citizen.revealCpr')}
        </button>
      </p>
      {detail.family.length > 0 && (
        <section aria-labelledby="family-title">
          <h2 id="family-title">{t('citizenView.family')}</h2>
          <ul data-testid="family">
            {detail.family.map((m) => (
              <li key={m.cpr}>
                <a href={`?cpr=${m.cpr}`}>{m.name || formatCpr(m.cpr, { mask: true })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="help">{t('citizenView.access', { sector: t(`sector.${detail.settings.userSector}`) })}</p>
      {hidden.length > 0 && (
        <ul class="hidden-sectors" data-testid="hidden-sectors">
          {hidden.map((h) => (
            <li key={h.sector}>{t('citizenView.hiddenSector', { sector: t(`sector.${h.sector}` as MessageKey), n: h.n })}</li>
          ))}
        </ul>
      )}

      <CitizenPlan plan={detail.plan} names={names} />

      <section aria-labelledby="flags-title">
        <h2 id="flags-title">{t('citizenView.flags')}</h2>
        {detail.flags.length === 0 ? (
          <p>{t('citizenView.noFlags')}</p>
        ) : (
          <ul class="flag-list" data-testid="flags">
            {detail.flags.map((f) => (
              <li key={f.id}>
                <strong>{t(`overview.rule.${f.rule}` as MessageKey)}</strong> <span class="flag-status">({t(`citizenView.flagStatus.${f.status}` as MessageKey)})</span>
                <p>{flagVisible(f.recordKeys) ? (lang === 'da' ? f.reason : f.reasonEn) : t('citizenView.flagHidden')}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="records-title">
        <h2 id="records-title">{t('citizenView.records', { n: visible.length })}</h2>
        <div class="records-scroll" role="region" aria-labelledby="records-title" tabIndex={0}>
          <table class="records" data-testid="records">
            <thead>
              <tr>
                <th scope="col">{t('citizenView.col.date')}</th>
                <th scope="col">{t('citizenView.col.kind')}</th>
                <th scope="col">{t('citizenView.col.title')}</th>
                {detail.family.length > 0 && <th scope="col">{t('citizenView.col.person')}</th>}
                <th scope="col">{t('citizenView.col.sector')}</th>
                <th scope="col">{t('citizenView.col.unit')}</th>
                <th scope="col">{t('citizenView.col.status')}</th>
                <th scope="col">{t('citizenView.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => (
                <tr key={`${r.system}|${r.kind}|${r.nativeId}`} class={r.stale ? 'stale' : undefined}>
                  <td>{formatDay(eventDay(r), lang)}</td>
                  <td>{t(`citizenView.kind.${r.kind}` as MessageKey)}</td>
                  <td>
                    {recordTitle(r)}
                    {r.stale && <span class="stale-mark"> ({t('citizenView.stale')})</span>}
                  </td>
                  {detail.family.length > 0 && <td>{names.get(r.linkedCpr) ?? ''}</td>}
                  <td>{t(`sector.${r.sector as Sector}`)}</td>
                  <td>{'responsible' in r ? r.responsible.unit : r.kind === 'contact' ? r.unit : ''}</td>
                  <td>{'status' in r ? t(`citizenView.status.${r.status}` as MessageKey) : ''}</td>
                  <td data-testid="record-source">{r.importedFrom ?? t('overview.sources.thisBrowser')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
