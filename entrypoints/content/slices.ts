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
export function yieldToHost(): Promise<void> {
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs a generator to its end, giving the main thread back whenever a slice has used `sliceMs`. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs: number, signal?: AbortSignal): Promise<T | undefined> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToHost();
      if (signal?.aborted) {
        steps.return(undefined as T);
        return undefined;
      }
      deadline = performance.now() + sliceMs;
    }
  }
}
