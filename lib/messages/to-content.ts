/** What the background tells a content script. Nothing here is secret: the host page may observe its effects. */
export type ToContentMessage =
  | { type: 'layout'; collapsed: boolean; width: number }
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
