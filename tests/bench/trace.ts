import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One Chrome trace event (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'].join(',');

/** Starts a Chrome trace through the page's own DevTools session; `stop` returns its events. */
export async function startTrace(context: BrowserContext, page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  return {
    async stop() {
      const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)));
      await cdp.send('Tracing.end');
      const handle = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle });
      await cdp.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
  };
}

export interface TaskAttribution {
  /**
   * Main-thread tasks over 50 ms in the host page's renderer; `extension` when any extension script ran in it,
   * `extensionMs` how long (all of a task the extension started), `caused` when the task is long only because of it
   * (without that script ≤ 50 ms).
   */
  longTasks: { ms: number; extension: boolean; extensionMs: number; caused: boolean }[];
  /** Milliseconds the extension's scripts ran on the host page's main thread (content script, all frames). */
  extensionScriptMs: number;
}

/** Total time covered by slices (ts, dur in µs), overlaps counted once, in ms. */
function coveredMs(slices: TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of [...slices].sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts >= coveredUntil) total += (e.dur ?? 0) / 1000;
    else if (end > coveredUntil) total += (end - coveredUntil) / 1000;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return total;
}

/**
 * Which of the host page's long tasks ran extension code, and which it made long. The host's renderer processes are
 * the ones that committed a frame of `hostOrigin`; script counts as the extension's when it came from
 * chrome-extension://. A MutationObserver callback of a few microseconds inside the host's own 600 ms render ran
 * extension code but did not cause a long task; a task that is over 50 ms only with the extension's script did.
 */
export function attributeTasks(events: TraceEvent[], hostOrigin: string): TaskAttribution {
  const hostPids = new Set<number>();
  for (const e of events) {
    const data = e.args?.data as { url?: string; processId?: number; frames?: { url?: string; processId?: number }[] } | undefined;
    if (e.name === 'FrameCommittedInBrowser' && data?.url?.startsWith(hostOrigin) && data.processId) hostPids.add(data.processId);
    if (e.name === 'TracingStartedInBrowser') for (const f of data?.frames ?? []) if (f.url?.startsWith(hostOrigin) && f.processId) hostPids.add(f.processId);
    if (e.name === 'ParseHTML' && String((e.args as { beginData?: { url?: string } })?.beginData?.url ?? '').startsWith(hostOrigin)) hostPids.add(e.pid);
  }
  const mainThreads = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && hostPids.has(e.pid)) mainThreads.add(`${e.pid}:${e.tid}`);
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  // A task shows up as RunTask and as ThreadControllerImpl::RunTask, one inside the other: counted once.
  const outermost = (list: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    for (const e of [...list].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
      const last = out[out.length - 1];
      if (last && last.pid === e.pid && last.tid === e.tid && e.ts + (e.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
      out.push(e);
    }
    return out;
  };
  // Over 50 ms, as the Long Tasks API counts: a task of 50.0 ms with a microsecond of ours in it is not long.
  const tasks = outermost(onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000));
  const isExtensionScript = (e: TraceEvent) =>
    (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.callFunction' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame') &&
    JSON.stringify(e.args ?? {}).includes('chrome-extension://');
  const extensionScripts = onMain.filter(isExtensionScript);
  // Top-level extension script slices only (a FunctionCall inside an EvaluateScript of the same script is not added twice).
  const top = extensionScripts.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile');
  const within = (t: TraceEvent) => (e: TraceEvent) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0);
  const callbacks = onMain.filter((e) => e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction');
  const microtasks = onMain.filter((e) => e.name === 'RunMicrotasks');
  /**
   * A task the extension started (its timer, postTask or message callback ran first) is the extension's whole: the
   * code after an `await` runs in the microtask checkpoint that follows the callback, where no FunctionCall names it.
   */
  const hostOpened = onMain.filter((e) => e.name === 'FireAnimationFrame' || e.name === 'EventDispatch');
  const startedByExtension = (t: TraceEvent) => {
    const first = callbacks.filter(within(t)).sort((a, b) => a.ts - b.ts)[0];
    // Its callback opens the task. (A content script injected at document_start runs inside the host's parser
    // task: that task is the host's, with the injection counted as the extension's script in it. Likewise a
    // requestAnimationFrame callback of ours opens the rendering task of the whole page, whose style, layout and
    // paint are the host's, and a listener of ours for the page's own events (load, DOMContentLoaded,
    // readystatechange) is often the first script of the parser's or the load event's task, which then lays out
    // the page: BørneSag's frame, 70-270 ms, as long without the extension. Only the callback itself is counted then.)
    if (first === undefined || first.name === 'EvaluateScript' || first.ts - t.ts >= 1000 || !isExtensionScript(first)) return false;
    return !hostOpened.some((f) => f.pid === first.pid && f.tid === first.tid && f.ts <= first.ts && first.ts <= f.ts + (f.dur ?? 0));
  };
  const allTasks = outermost(onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const ownScript = allTasks.filter(startedByExtension).flatMap((t) => [...callbacks.filter(within(t)), ...microtasks.filter(within(t))]);
  const longTasks = tasks.map((t) => {
    const ms = (t.dur ?? 0) / 1000;
    const own = startedByExtension(t);
    const extensionMs = own ? ms : coveredMs(top.filter(within(t)));
    const extension = own || extensionScripts.some(within(t));
    return { ms, extension, extensionMs, caused: extension && ms - extensionMs <= 50 };
  });
  return { longTasks, extensionScriptMs: coveredMs([...top.filter((e) => e.name !== 'v8.compile'), ...ownScript]) };
}
