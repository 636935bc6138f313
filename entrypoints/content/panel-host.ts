import { browser } from 'wxt/browser';
import { PANEL_LAYOUT_KEY, hintedLayout, readPanelLayout, type PanelLayout } from '@/lib/config/panel-layout';
import type { FirstView } from '@/lib/service/first-view';
import { hostSettled } from './host-settled';
import { MAX_ELEMENTS } from './limits';
import { FIRST_VIEW_CSS, isFirstView, renderFirstView } from './first-view';
import { yieldToHost } from './slices';

/**
 * The panel lives in an extension page inside an iframe inside a CLOSED shadow root: the host page can neither read
 * the panel's content nor restyle it, and the content script needs no UI framework.
 */

/** Pages whose HTML is larger than this are not re-laid out once loaded (see `apply` below). */
const MAX_PUSH_BYTES = 5_000_000;

// px, not rem: rem would scale with the host page's root font size (STACK.md).
const CSS = `
:host { all: initial; }
.room { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; border-left: 2px solid #0b4f8a;
  background: #fff; box-shadow: -2px 0 8px rgba(0,0,0,.15); }
.frame { display: block; border: 0; width: 100%; height: 100%; }
.tab { position: fixed; right: 0; top: 40%; z-index: 2147483646; font: 600 14px/1.2 system-ui, sans-serif;
  background: #0b4f8a; color: #fff; border: 2px solid #fff; border-right: 0; border-radius: 8px 0 0 8px;
  padding: 12px 8px; writing-mode: vertical-rl; cursor: pointer; }
.tab:focus-visible { outline: 3px solid #f2b632; outline-offset: 2px; }
[hidden] { display: none !important; }
${FIRST_VIEW_CSS}`;

const sameLayout = (a: PanelLayout, b: PanelLayout) => a.collapsed === b.collapsed && a.width === b.width && a.push === b.push;

/** A page so large that re-laying it out would freeze the tab for seconds (see `apply` below). */
function hugePage() {
  const html = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return document.getElementsByTagName('*').length > MAX_ELEMENTS || (html?.decodedBodySize ?? 0) > MAX_PUSH_BYTES;
}

export interface MountedPanel {
  /** What is not given stays as it is. */
  applyLayout(change: Partial<PanelLayout>): void;
  /**
   * Until the panel's page has painted, the first view stands in for it (first-view.ts). `guess`: known from the
   * page's address only; a view from the page's own identity is never replaced by one.
   */
  showFirstView(view: unknown, opts?: { guess?: boolean }): void;
  /** The panel's page painted its view: the first view goes, and the collapsed tab counts the open flags. */
  painted(tab: { tab: string; tabLabel: string }): void;
}

/**
 * Called at document_start: in push mode the host page is pushed aside before it is first laid out, so making room
 * costs it no second layout (pushing a laid-out 1,000-row table aside re-lays all of it out: hundreds of ms), though
 * the page's own layout at the narrower width takes longer (lib/config/panel-layout.ts). So the layout the hint
 * scripts stand for is applied at once, and the stored one (`stored`, a round trip to the browser process) when it
 * comes, which then changes nothing: waiting for it, JobSag had laid out its table at full width before the push in
 * 1 of 5 traced visits, and then again (300 ms). The panel's place shows at once,
 * and what the store knows of the page's citizen is drawn there as soon as it is known whom the page is about (the
 * first view: from the page's address, else from the page once its DOM names them, in any of the tab's frames). The
 * panel's own page loads only once the host has loaded and settled (host-settled.ts): a frame still loading holds
 * the host's load event back, and with it whatever the host does on load (SundhedsPortalen fetches its data then),
 * and the panel's renderer and its boot would compete for the CPU with the host's own first work.
 */
export function mountPanel(stored: Promise<PanelLayout>, onDispose: (fn: () => void) => void): MountedPanel {
  const host = document.createElement('en-plan-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  // The panel's place: its frame, and over it the first view until the frame's page has painted.
  const room = document.createElement('div');
  room.className = 'room';
  // Made only when its page is to load: an iframe in the document is a browsing context of its own even while empty,
  // and making one at document_start took the host's parser 10-14 ms.
  const frame = document.createElement('iframe');
  frame.className = 'frame';
  frame.title = 'Én plan';
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Én plan';
  tab.setAttribute('aria-label', 'Åbn Én plan');
  shadow.append(style, room, tab);

  const root = document.documentElement;
  const originalMargin = root.style.marginRight;
  const setTab = (text: string, label: string) => {
    tab.textContent = text;
    tab.setAttribute('aria-label', label);
  };
  const apply = (layout: PanelLayout) => {
    room.hidden = layout.collapsed;
    tab.hidden = !layout.collapsed;
    room.style.width = `${layout.width}px`;
    // Push mode: the host page gets narrower instead of being covered, so none of its controls hide under us. Once
    // a huge page is laid out, re-laying it out would freeze the tab (a 50 MB table: 2.4 s; 50 MB of text in a few
    // elements: 1.3 s, tests/e2e/reliability-hostile-pages.spec.ts): there the margin stays as it is.
    if (document.readyState !== 'loading' && hugePage()) return;
    root.style.marginRight = layout.push && !layout.collapsed ? `${layout.width}px` : originalMargin;
  };
  let disposed = false;
  // What the stored layout is, as far as the registered layout hints tell (lib/config/layout-hints.ts): the page is
  // then laid out as the stored layout has it from the start.
  let current = hintedLayout();
  apply(current);
  const known = stored.then(
    (layout) => {
      if (disposed || sameLayout(layout, current)) return;
      current = layout;
      apply(current);
    },
    () => undefined,
  );
  // A change is made to the stored layout, never to the default standing in for it.
  const save = (change: Partial<PanelLayout>) =>
    void known.then(() => {
      // A message leaves out (or sends as undefined) what it does not change.
      current = { ...current, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
      apply(current);
      void browser.storage.local.set({ [PANEL_LAYOUT_KEY]: current });
    });
  tab.addEventListener('click', async () => {
    save({ ...(await readPanelLayout()), collapsed: false });
    frame.focus();
  });

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
  let first: HTMLElement | undefined;
  let hasPainted = false;
  let identified = false;
  void hostSettled().then(() => {
    if (disposed) return;
    frame.src = browser.runtime.getURL('/panel.html');
    room.prepend(frame);
  });
  const dropFirst = () => {
    first?.remove();
    first = undefined;
  };
  // Should the panel's page never paint (a broken worker), the first view still gives way to it.
  frame.addEventListener('load', () => setTimeout(dropFirst, 5000), { once: true });
  onDispose(() => {
    disposed = true;
    bodyWatch.disconnect();
    document.removeEventListener('DOMContentLoaded', attach);
    host.remove();
    root.style.marginRight = originalMargin;
  });
  return {
    applyLayout: save,
    showFirstView(view, { guess = false } = {}) {
      if (hasPainted || disposed || !isFirstView(view) || (guess && identified)) return;
      identified ||= !guess;
      const next = renderFirstView(view);
      if (first) first.replaceWith(next);
      else room.append(next);
      first = next;
      setTab(view.tab, view.tabLabel);
      if (import.meta.env.MODE === 'demo') markShown(view);
    },
    painted({ tab, tabLabel }) {
      hasPainted = true;
      dropFirst();
      setTab(tab, tabLabel);
    },
  };
}

/**
 * For `npm run bench` (demo build only): when the first view is on screen, the first task after the next frame
 * (high priority, so not behind the host's own queued work; a host long task in between still counts).
 */
function markShown(view: FirstView) {
  requestAnimationFrame(() => void yieldToHost('user-blocking').then(() => performance.mark('en-plan:first-view', { detail: { flags: view.flags.length } })));
}
