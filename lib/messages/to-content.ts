/**
 * What the background tells a content script. Nothing here is secret: the host page may observe its effects. (The
 * first view, which is, is the answer to the top frame's own `page-identity` and drawn in a closed shadow root.)
 */
import type { PanelLayout } from '../config/panel-layout';
import type { FirstView } from '../service/first-view';

export type ToContentMessage =
  /** What the panel changed of its layout (entrypoints/content/panel-host.ts); the rest stays. */
  | { type: 'layout'; layout: Partial<PanelLayout> }
  /** The panel's page has painted: the first view goes; the collapsed panel's tab reads `tab` (open flags). */
  | { type: 'panel-painted'; tab: string; tabLabel: string }
  /** To the top frame: the first view for the citizen a frame's page names (lib/service/first-view.ts). */
  | { type: 'first-view'; view: FirstView }
  | { type: 'submit-anyway' }
  | { type: 'precheck-result'; blocking: boolean }
  /** The caseworker asked for the rest of a paginated list (panel): read the pages after this one. */
  | { type: 'read-next-pages' };

/** What reading the further pages of a list gave: how many pages and records, and whether more remain. */
export interface MorePagesResult {
  pages: number;
  records: number;
  more: boolean;
  error?: string;
}
