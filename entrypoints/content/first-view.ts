import type { FirstView } from '@/lib/service/first-view';

/**
 * The panel's first paint in the panel's place (lib/service/first-view.ts says why), built from text nodes only: it
 * carries the citizen's name and the flags' reasons, scraped and stored text that must never become markup. It
 * lives in the panel's closed shadow root, out of the host page's reach.
 */
export const FIRST_VIEW_CSS = `
.first { position: absolute; inset: 0; overflow: auto; background: #fff; color: #1b1f24;
  font: 14px/1.45 system-ui, sans-serif; text-align: left; }
.first * { box-sizing: border-box; margin: 0; padding: 0; font: inherit; color: inherit; }
.first-bar { background: #0b4f8a; color: #fff; font-weight: 700; padding: 8px 12px; }
.first-name { font-size: 18px; font-weight: 700; padding: 10px 12px 6px; }
.first-flags { border-top: 1px solid #c9d1d9; padding: 8px 12px; }
.first-flags > p { font-weight: 700; margin-bottom: 6px; }
.first-summary { font-weight: 400; color: #4a5560; }
.first ul { list-style: none; display: flex; flex-direction: column; gap: 8px; }
.first li { padding: 8px 10px; border: 1px solid #c9d1d9; border-left: 4px solid #a4262c; border-radius: 4px; }
.first li.done { border-left-color: #6b7785; background: #f6f8fa; }
.first li p + p { margin-top: 4px; }
.first-status { font-size: 12px; color: #4a5560; }
.first-loading { padding: 8px 12px; color: #4a5560; }
`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Has the answer the shape drawn below? It comes from our own background, but a half-updated extension may differ. */
export function isFirstView(v: unknown): v is FirstView {
  const f = v as FirstView | undefined;
  return typeof f?.citizen === 'string' && typeof f.label === 'string' && Array.isArray(f.flags);
}

export function renderFirstView(view: FirstView): HTMLElement {
  // A complementary landmark of the host page, named for the citizen, like the panel it stands in for.
  const root = el('aside', 'first');
  root.lang = view.lang;
  root.setAttribute('aria-label', view.label);
  root.append(el('p', 'first-bar', view.title), el('h2', 'first-name', view.citizen));
  const flags = el('section', 'first-flags');
  const heading = el('p', '', `${view.flagsTitle} `);
  heading.append(el('span', 'first-summary', view.summary));
  flags.append(heading);
  if (view.flags.length) {
    const list = el('ul', '');
    for (const f of view.flags) {
      const item = el('li', f.open ? '' : 'done');
      const rule = el('p', '');
      rule.append(el('strong', 'first-rule', f.rule), ' ', el('span', 'first-status', f.status));
      item.append(rule, el('p', '', f.reason));
      list.append(item);
    }
    flags.append(list);
  }
  const loading = el('p', 'first-loading', view.loading);
  loading.setAttribute('role', 'status');
  root.append(flags, loading);
  return root;
}
