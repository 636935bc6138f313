import type { AdapterSpec, PageSpec } from '@/lib/adapters/spec';

/**
 * When to read the page again. Structure (elements added or removed) is watched on the whole document, since a
 * client-side navigation can replace anything; text changes only inside what the adapter reads (the citizen header
 * and the containers of the record rows), so a clock or an animation elsewhere costs the page no mutation records
 * for us. Debounced, backing off hard on a page that changes many times a second, asleep when the page is idle.
 */
const QUIET_MS = 120;
const MAX_DELAY_MS = 5_000;
/** More change batches than this in a second is an animating or flooding page. */
const FLOOD_BATCHES = 30;
const IDLE_MS = 15_000;
const PANEL_TAG = 'EN-PLAN-PANEL';

export function watchPage(adapter: AdapterSpec, onChange: () => void, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let delay = QUIET_MS;
  let batches = 0;
  let windowStart = performance.now();
  let awake = false;
  let started = false;
  let containers: Element[] = [];

  const fire = () => {
    timer = undefined;
    onChange();
  };

  const schedule = () => {
    const now = performance.now();
    if (now - windowStart > 1000) {
      // Doubling per flooding second, back to quick once the page calms down.
      delay = batches > FLOOD_BATCHES ? Math.min(delay * 2, MAX_DELAY_MS) : QUIET_MS;
      batches = 0;
      windowStart = now;
    }
    batches++;
    if (timer === undefined) timer = setTimeout(fire, delay);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(sleep, IDLE_MS);
  };

  /** Our own panel going in or out of <html> is no change of the page. */
  const isPageChange = (r: MutationRecord) => {
    if (r.target !== document.documentElement) return true;
    for (const n of r.addedNodes) if (n.nodeName !== PANEL_TAG) return true;
    for (const n of r.removedNodes) if (n.nodeName !== PANEL_TAG) return true;
    return false;
  };
  const structure = new MutationObserver((records) => {
    if (records.some(isPageChange)) schedule();
  });
  const text = new MutationObserver(schedule);

  const observeText = () => {
    text.disconnect();
    for (const c of containers) text.observe(c, { characterData: true, subtree: true });
  };

  const wake = () => {
    if (!started) return;
    if (!awake) {
      awake = true;
      structure.observe(document.documentElement, { childList: true, subtree: true });
      observeText();
    }
    schedule();
  };
  const sleep = () => {
    awake = false;
    structure.disconnect();
    text.disconnect();
  };

  // A sleeping observer wakes on what precedes most page changes: input and history navigation.
  for (const type of ['click', 'keydown', 'popstate', 'submit'] as const) {
    window.addEventListener(type, wake, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    sleep();
    clearTimeout(timer);
    clearTimeout(idleTimer);
  });

  return {
    /** Starts watching (after the first read was started); the first read itself is the caller's. */
    start() {
      started = true;
      awake = true;
      structure.observe(document.documentElement, { childList: true, subtree: true });
      observeText();
      idleTimer = setTimeout(sleep, IDLE_MS);
    },
    /** Points the text watch at what this page type reads (none when the page is not one the adapter knows). */
    watch(page: PageSpec | undefined) {
      const next = page ? containersOf(adapter, page) : [];
      if (next.length === containers.length && next.every((c, i) => c === containers[i])) return;
      containers = next;
      if (awake) observeText();
    },
  };
}

/** The citizen header and the parents of the record rows (a row whose parent is the whole page is its own container). */
function containersOf(adapter: AdapterSpec, page: PageSpec): Element[] {
  const found = new Set<Element>();
  if (page.citizen !== false) {
    const scope = document.querySelector(adapter.citizen.scope);
    if (scope) found.add(scope);
  }
  for (const rs of page.records ?? []) {
    for (const row of document.querySelectorAll(rs.rows)) {
      const parent = row.parentElement;
      found.add(parent && parent !== document.body && parent !== document.documentElement ? parent : row);
    }
  }
  return [...found];
}
