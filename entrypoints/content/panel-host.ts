import { browser } from 'wxt/browser';
import { hostLoaded } from './host-settled';
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
/** Pages whose HTML is larger than this are not re-laid out once loaded (see `apply` below). */
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

/** The remembered layout (collapsed, width), or the default. Read in parallel with the configuration at start. */
export async function readPanelLayout(): Promise<PanelLayout> {
  const stored = (await browser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY] as PanelLayout | undefined;
  return stored ?? DEFAULT_LAYOUT;
}

/** A page so large that re-laying it out would freeze the tab for seconds (see `apply` below). */
function hugePage() {
  const html = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return document.getElementsByTagName('*').length > MAX_ELEMENTS || (html?.decodedBodySize ?? 0) > MAX_PUSH_BYTES;
}

/**
 * Called at document_start: the host page is pushed aside before it is first laid out, so making room costs it
 * nothing (pushing a laid-out 1,000-row table aside re-lays all of it out: hundreds of ms). The panel's place shows
 * at once, but its page loads only once the host's load event is over (host-settled.ts): a frame still loading
 * holds the host's load event back, and with it whatever the host does on load (SundhedsPortalen fetches its data
 * then). It does not wait for the host to settle as the page read does: the panel shows what the store already
 * knows (page-identity, sent at DOMContentLoaded), and that should be on screen at once.
 */
export function mountPanel(initial: PanelLayout, onDispose: (fn: () => void) => void): (layout: PanelLayout) => void {
  const host = document.createElement('en-plan-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.className = 'frame';
  frame.title = 'Én plan';
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Én plan';
  tab.setAttribute('aria-label', 'Åbn Én plan');
  shadow.append(style, frame, tab);

  const root = document.documentElement;
  const originalMargin = root.style.marginRight;
  const apply = (layout: PanelLayout) => {
    frame.hidden = layout.collapsed;
    tab.hidden = !layout.collapsed;
    frame.style.width = `${layout.width}px`;
    // Push mode: the host page gets narrower instead of being covered, so none of its controls hide under us. Once
    // a huge page is laid out, re-laying it out would freeze the tab (a 50 MB table: 2.4 s; 50 MB of text in a few
    // elements: 1.3 s, tests/e2e/reliability-hostile-pages.spec.ts): there the margin stays as it is.
    if (document.readyState !== 'loading' && hugePage()) return;
    root.style.marginRight = layout.collapsed ? originalMargin : `${layout.width}px`;
  };
  const save = (layout: PanelLayout) => {
    apply(layout);
    void browser.storage.local.set({ [LAYOUT_KEY]: layout });
  };
  tab.addEventListener('click', async () => {
    save({ ...(await readPanelLayout()), collapsed: false });
    frame.focus();
  });
  apply(initial);

  // Into <html> after <body>, as the page's last element: at document_start <body> may not be parsed yet, and an
  // element ahead of <head> would be a surprise to the host's scripts and styles.
  const attach = () => {
    bodyWatch.disconnect();
    if (!host.isConnected) root.append(host);
  };
  const bodyWatch = new MutationObserver(() => document.body && attach());
  if (document.body) attach();
  else {
    bodyWatch.observe(root, { childList: true });
    document.addEventListener('DOMContentLoaded', attach, { once: true });
  }
  let disposed = false;
  void hostLoaded().then(() => {
    if (!disposed) frame.src = browser.runtime.getURL('/panel.html');
  });
  onDispose(() => {
    disposed = true;
    bodyWatch.disconnect();
    document.removeEventListener('DOMContentLoaded', attach);
    host.remove();
    root.style.marginRight = originalMargin;
  });
  return save;
}
