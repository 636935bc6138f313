import { browser } from 'wxt/browser';

/**
 * The panel's layout, as the content script applies it (entrypoints/content/panel-host.ts) and the panel's toolbar
 * shows it; kept in storage.local under PANEL_LAYOUT_KEY.
 */
export interface PanelLayout {
  collapsed: boolean;
  width: number;
  /**
   * Push the host page aside (the default) instead of lying over its right edge. Pushed, none of the host's controls
   * hide under the panel, but the page is laid out narrower, and a 1,000-row table takes longer to lay out the
   * narrower it is: in a 1,366 px window JobSag's page came to rest 1.3-1.6× later, as late as in a viewport 380 px
   * narrower without us (BENCHMARKS.md, section 1). In a 1,920 px window its `max-width` leaves the panel room and
   * the push cost nothing measurable (by hand, 2026-12-07). A narrower panel would not remove the cost at 1,366 px.
   * The caseworker who wants the page's full width turns it off in the toolbar.
   */
  push: boolean;
}

export const PANEL_LAYOUT_KEY = 'panelLayout';
export const DEFAULT_PANEL_LAYOUT: PanelLayout = { collapsed: false, width: 380, push: true };

/** A stored layout (possibly from before a field existed) completed with the defaults. */
export const panelLayoutOf = (stored: unknown): PanelLayout => ({ ...DEFAULT_PANEL_LAYOUT, ...(stored as Partial<PanelLayout> | undefined) });

/** The remembered layout, or the default. */
export async function readPanelLayout(): Promise<PanelLayout> {
  return panelLayoutOf((await browser.storage.local.get(PANEL_LAYOUT_KEY))[PANEL_LAYOUT_KEY]);
}

/** Whether the layout narrows the host page. */
export const pushesPage = (layout: PanelLayout) => layout.push && !layout.collapsed;

/** Set by entrypoints/no-push.ts in the content scripts' world. */
export const NO_PUSH_FLAG = '__enPlanNoPush';
/** The registered script that sets it, as built. */
export const NO_PUSH_SCRIPT = 'no-push.js';
