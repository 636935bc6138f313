/**
 * Long work on the host page's main thread, cut into slices that each stay far below the 50 ms of a long task, with
 * the host's own tasks (input, rendering, its scripts) let in between.
 */

interface PostTaskScheduler {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
}

const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;

/**
 * A new task behind the ones the host page has queued. Not `scheduler.yield()`: its continuation jumps the queue,
 * which suits finishing the page's own work but not ours. Not `setTimeout(0)`: nested timers are clamped to 4 ms.
 */
export function yieldToHost(priority: 'user-blocking' | 'user-visible' = 'user-visible'): Promise<void> {
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * When the current slice ends. Shared by every run, so work that follows other work in the same task (a read right
 * after a fingerprint) counts against the same slice instead of starting a fresh one.
 */
let sliceEnd = 0;

/** Gives the main thread back first if the current slice is used up; then the caller has the rest of a slice. */
export async function nextSlice(sliceMs: number): Promise<void> {
  if (performance.now() < sliceEnd) return;
  await yieldToHost();
  sliceEnd = performance.now() + sliceMs;
}

/** Runs a generator to its end, giving the main thread back whenever a slice has used `sliceMs`. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs: number, signal?: AbortSignal): Promise<T | undefined> {
  for (;;) {
    if (performance.now() >= sliceEnd) {
      await nextSlice(sliceMs);
      if (signal?.aborted) {
        steps.return(undefined as T);
        return undefined;
      }
    }
    const step = steps.next();
    if (step.done) return step.value;
  }
}
