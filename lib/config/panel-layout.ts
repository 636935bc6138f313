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

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 900;
/** Widths are whole steps, so that each has its layout hint (below). */
export const WIDTH_STEP = 20;
export const snapWidth = (w: number) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(w / WIDTH_STEP) * WIDTH_STEP));

/** A stored layout (possibly from before a field existed, or a width from before widths were whole steps) completed with the defaults. */
export function panelLayoutOf(stored: unknown): PanelLayout {
  const layout = { ...DEFAULT_PANEL_LAYOUT, ...(stored as Partial<PanelLayout> | undefined) };
  return { ...layout, width: Number.isFinite(layout.width) ? snapWidth(layout.width) : DEFAULT_PANEL_LAYOUT.width };
}

/** The remembered layout, or the default. */
export async function readPanelLayout(): Promise<PanelLayout> {
  return panelLayoutOf((await browser.storage.local.get(PANEL_LAYOUT_KEY))[PANEL_LAYOUT_KEY]);
}

/** Where the layout hints (layout-hints.ts) that ran ahead of the content script leave what they tell. */
export const LAYOUT_HINT = '__enPlanLayout';

/** The layout the hint scripts that ran in this frame stand for. */
export const hintedLayout = (): PanelLayout => panelLayoutOf((globalThis as Record<string, unknown>)[LAYOUT_HINT]);
