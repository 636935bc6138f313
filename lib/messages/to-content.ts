/** What the background tells a content script. Nothing here is secret: the host page may observe its effects. */
export type ToContentMessage =
  | { type: 'layout'; collapsed: boolean; width: number }
  | { type: 'submit-anyway' }
  | { type: 'precheck-result'; blocking: boolean };
