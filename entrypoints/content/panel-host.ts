import { browser } from 'wxt/browser';
import { MAX_ELEMENTS } from './page-reader';

/**
 * The panel lives in an extension page inside an iframe inside a CLOSED shadow root: the host page can neither read
 * the panel's content nor restyle it, and the content script needs no UI framework.
 */
export interface PanelLayout {
  collapsed: boolean;
  width: number;
}

const LAYOUT_KEY = 'panelLayout';
/** Pages whose HTML is larger than this are overlaid, not pushed aside (see `push` below). */
const MAX_PUSH_BYTES = 5_000_000;
const DEFAULT_LAYOUT: PanelLayout = { collapsed: false, width: 380 };

// px, not rem: rem would scale with the host page's root font size (STACK.md).
const CSS = `
:host { all: initial; }
.frame { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; border: 0; border-left: 2px solid #0b4f8a;
  background: #fff; box-shadow: -2px 0 8px rgba(0,0,0,.15); height: 100vh; }
.tab { position: fixed; right: 0; top: 40%; z-index: 2147483646; font: 600 14px/1.2 system-ui, sans-serif;
  background: #0b4f8a; color: #fff; border: 2px solid #fff; border-right: 0; border-radius: 8px 0 0 8px;
  padding: 12px 8px; writing-mode: vertical-rl; cursor: pointer; }
.tab:focus-visible { outline: 3px solid #f2b632; outline-offset: 2px; }
[hidden] { display: none !important; }
`;

export async function mountPanel(onDispose: (fn: () => void) => void): Promise<(layout: PanelLayout) => void> {
  const host = document.createElement('en-plan-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.className = 'frame';
  frame.title = 'Én plan';
  frame.src = browser.runtime.getURL('/panel.html');
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Én plan';
  tab.setAttribute('aria-label', 'Åbn Én plan');
  shadow.append(style, frame, tab);
  document.documentElement.append(host);

  const originalMargin = document.documentElement.style.marginRight;
  // Pushing a page aside re-lays out all of it: on a huge page (a 50 MB table: 2.4 s; 50 MB of text in a few
  // elements: 1.3 s) that froze the tab (tests/e2e/reliability-hostile-pages.spec.ts). There the panel overlays.
  const html = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const push = document.getElementsByTagName('*').length <= MAX_ELEMENTS && (html?.decodedBodySize ?? 0) <= MAX_PUSH_BYTES;
  const apply = (layout: PanelLayout) => {
    frame.hidden = layout.collapsed;
    tab.hidden = !layout.collapsed;
    frame.style.width = `${layout.width}px`;
    // Push mode: the host page gets narrower instead of being covered, so none of its controls hide under us.
    if (push) document.documentElement.style.marginRight = layout.collapsed ? originalMargin : `${layout.width}px`;
  };
  const save = (layout: PanelLayout) => {
    apply(layout);
    void browser.storage.local.set({ [LAYOUT_KEY]: layout });
  };
  tab.addEventListener('click', async () => {
    const stored = (await browser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY] as PanelLayout | undefined;
    save({ ...(stored ?? DEFAULT_LAYOUT), collapsed: false });
    frame.focus();
  });
  const stored = (await browser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY] as PanelLayout | undefined;
  apply(stored ?? DEFAULT_LAYOUT);
  onDispose(() => {
    host.remove();
    document.documentElement.style.marginRight = originalMargin;
  });
  return save;
}
