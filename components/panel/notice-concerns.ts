import type { ChangeNotice } from '@/lib/messages/to-panel';
import type { PanelView } from '@/lib/service/panel-view';

/** What a shown view rests on: a change notice naming none of it cannot change the view. */
export interface Watched {
  /** The tab the background built the view for (PanelView.tabId); unknown: every tab's notice is taken as ours. */
  tabId?: number;
  citizens: ReadonlySet<string>;
  /** Any citizen the store learns of or changes may alter the view (see watchedBy). */
  anyCitizen: boolean;
}

/**
 * Every citizen the view shows something of: the citizen, the household (also members the store has no name for,
 * whose records are there), plans and whom they name (a plan edit names the plan's persons), flags, hidden sectors,
 * consents, link candidates. Computed once per view, not per notice.
 */
export function watchedBy(view: PanelView): Watched {
  const citizens = new Set<string>();
  const add = (cpr: string | undefined) => cpr && citizens.add(cpr);
  add(view.citizen?.cpr);
  add(view.pageCitizen?.cpr);
  view.family.forEach((p) => add(p.cpr));
  for (const r of view.records) {
    add(r.linkedCpr);
    add(r.citizen.cpr);
  }
  view.hidden.forEach((h) => h.citizens.forEach(add));
  view.flags.forEach((f) => f.citizens.forEach(add));
  view.consent.rows.forEach((c) => add(c.citizenCpr));
  view.consent.summaries.forEach((s) => add(s.cpr));
  view.plan?.plan.citizens.forEach(add);
  view.otherPlans.forEach((p) => p.citizens.forEach(add));
  view.linkSuggestions?.forEach((g) => g.candidates.forEach((c) => add(c.cpr)));
  return {
    ...(view.tabId != null ? { tabId: view.tabId } : {}),
    citizens,
    // No citizen on screen: the view is cheap to build, and which citizen it will show is not known yet. Records
    // without a full CPR on the page: a citizen read in any tab may become a candidate for them.
    anyCitizen: !view.citizen || view.unlinkedOnPage === true,
  };
}

/**
 * Whether a change notice may concern a view: it names the view's tab, or one of its citizens, or neither (a global
 * change). Nothing shown yet: it may concern it. A wrong "yes" costs one read; a wrong "no" a stale panel.
 */
export function concerns(notice: ChangeNotice, watched: Watched | undefined): boolean {
  const named = notice.citizens ?? [];
  if (notice.tabId == null && !named.length) return true;
  if (!watched) return true;
  if (notice.tabId != null && (watched.tabId == null || notice.tabId === watched.tabId)) return true;
  if (!named.length) return false;
  return watched.anyCitizen || named.some((c) => watched.citizens.has(c));
}
