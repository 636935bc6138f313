import type { EnPlanDb } from '../db/schema';
import { translate, type Language } from '../i18n';
import { compareFlags, type CitizenRef, type Sector, type Settings } from '../model';
import { canSeeSector } from '../consent/consent';
import { viewFlagOf, type ViewFlag } from './flag-consent';
import { cachedFirstViewInputs } from './first-view-inputs';

/**
 * The panel's first paint, drawn by the content script in the panel's place while the panel's own page is still
 * loading (which waits until the host page has loaded and settled: entrypoints/content/panel-host.ts). Finished
 * text only, so the content script needs neither the catalogue nor the records: the citizen's name and the flags,
 * under the same consent rule as the panel (a flag on a hidden sector's records says only that it exists).
 */
export interface FirstView {
  lang: Language;
  /** "Én plan for Trine Hansen": the landmark's name. */
  label: string;
  title: string;
  citizen: string;
  flagsTitle: string;
  summary: string;
  flags: { rule: string; status: string; reason: string; open: boolean }[];
  loading: string;
  /** The collapsed panel's tab, with the number of open flags. */
  tab: string;
  tabLabel: string;
}

/** Open flags first, as in the panel. */
export function firstViewOf(lang: Language, name: string, flags: readonly ViewFlag[]): FirstView {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const sorted = [...flags].sort(compareFlags);
  const open = flags.filter((f) => f.status === 'open').length;
  const citizen = name || t('citizen.unnamed');
  return {
    lang,
    label: t('firstView.label', { name: citizen }),
    title: t('app.name'),
    citizen,
    flagsTitle: t('flags.title'),
    summary: flags.length ? t('flags.summary', { open, total: flags.length }) : t('flags.none'),
    flags: sorted.map((f) => ({
      rule: t(`flag.rule.${f.rule}`),
      status: t(`flag.status.${f.status}`),
      reason: f.hidden ? t('flags.hidden') : lang === 'en' ? f.reasonEn : f.reason,
      open: f.status === 'open',
    })),
    loading: t('firstView.loading'),
    ...collapsedTab(lang, open),
  };
}

/** The collapsed panel's tab: "Én plan (3)", so open flags are not out of sight. */
export function collapsedTab(lang: Language, open: number): { tab: string; tabLabel: string } {
  if (!open) return { tab: translate(lang, 'app.name'), tabLabel: translate(lang, 'panel.expand') };
  return { tab: translate(lang, 'firstView.tab', { open }), tabLabel: translate(lang, 'firstView.tabLabel', { open }) };
}

/**
 * What the store already holds for the page's citizen; none for a page without a full CPR (nothing to look up). Only
 * the records the flags rest on are read: a few rows, which is all the consent rule needs to say which flags tell
 * why, instead of the household's thousands.
 */
export async function buildFirstView(db: EnPlanDb, citizen: CitizenRef, settings: Settings, now: string): Promise<FirstView | undefined> {
  const cpr = citizen.cpr;
  if (!cpr) return undefined;
  const { me, flags, consents, scopes } = await cachedFirstViewInputs(db, cpr);
  // Known only by an address (page-citizens.ts) and no longer in the store (deleted): nothing to show.
  if (!me && !citizen.name) return undefined;
  const canSee = (of: string, sector: Sector) => canSeeSector(consents, of, sector, settings.userSector, now);
  return firstViewOf(settings.language, me?.name || citizen.name || '', flags.map((f, i) => viewFlagOf(f, scopes[i]!, canSee)));
}
