/**
 * The host page first: the panel's page, the first full read and the ingest it sets off in the background wait
 * until the host has loaded and then gone quiet (no long task or busy stretch of its own, no response arriving) for
 * a moment. On a 2-core PC the panel's renderer and the background's ingest would otherwise compete with the host's
 * own first layout and, in a single-page app, its data fetch and render. Bounded, so a busy page still gets its
 * panel.
 */
const QUIET_MS = 250;
/** An idle callback this much later than asked for means the main thread was busy meanwhile (an idle page has one
 * idle period of up to 50 ms at a time, and a callback asked for in one comes in the next). */
const BUSY_MS = 100;
/** A slow subresource (an image that never arrives) must not hold us back: at most this long after the DOM. */
const MAX_WAIT_FOR_LOAD_MS = 1500;
/** A page that never goes quiet (an animation, a poll) gets the panel after this long after load. */
const MAX_WAIT_FOR_QUIET_MS = 2000;

let settled: Promise<void> | undefined;

/** Resolves once per page, in a task of its own (never inside the host's load event, whose end would wait for us). */
export function hostSettled(): Promise<void> {
  return (settled ??= settle());
}

async function settle() {
  let lastActivity = performance.now();
  const activity = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // The panel's own frame loads from the extension: not the host's activity.
      if (e.entryType === 'resource' && e.name.startsWith('chrome-extension:')) continue;
      lastActivity = Math.max(lastActivity, e.startTime + e.duration);
    }
  });
  for (const type of ['longtask', 'resource']) {
    try {
      activity.observe({ type, buffered: true });
    } catch {
      // No such entry type here: that kind of activity is simply not seen.
    }
  }
  try {
    await loaded();
    const start = performance.now();
    while (performance.now() - start < MAX_WAIT_FOR_QUIET_MS) {
      const asked = performance.now();
      await idle(QUIET_MS);
      // No idle moment for that long: the main thread was busy until now. Long tasks leave out the rendering they set
      // off, and a frame's entry comes only after it: SundhedsPortalen lays its 1,000 cards out for 300-500 ms after
      // its script's 60 ms task, and the reader was injected the moment that layout ended, ahead of its paint.
      if (performance.now() - asked > BUSY_MS) lastActivity = performance.now();
      if (performance.now() - lastActivity >= QUIET_MS) break;
    }
  } finally {
    activity.disconnect();
  }
}

/** Resolves once the host's load event is over (or MAX_WAIT_FOR_LOAD_MS after its DOM), in a task of its own. */
function loaded(): Promise<void> {
  return new Promise((resolve) => {
    if (document.readyState === 'complete') return resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      clearTimeout(timer);
      window.removeEventListener('load', go);
      document.removeEventListener('DOMContentLoaded', onDom);
      // Out of the load event's task before anything of ours runs.
      setTimeout(resolve, 0);
    };
    const onDom = () => (timer = setTimeout(go, MAX_WAIT_FOR_LOAD_MS));
    window.addEventListener('load', go, { once: true });
    if (document.readyState === 'interactive') onDom();
    else document.addEventListener('DOMContentLoaded', onDom, { once: true });
  });
}

/** The next idle period of the main thread, or `ms` from now if none comes. */
function idle(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: ms });
    else setTimeout(resolve, ms);
  });
}
