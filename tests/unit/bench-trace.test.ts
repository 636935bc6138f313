import { describe, expect, it } from 'vitest';
import { attributeTasks, type TraceEvent } from '../bench/trace';

const HOST = 'http://localhost:4102';
const EXT = 'chrome-extension://hbejeibommobkpkgnfcffnpihahgembd/content-scripts/content.js';
const PID = 7;
const TID = 1;

/** A slice on the host renderer's main thread; times in ms, as the trace's µs. */
const slice = (name: string, startMs: number, durMs: number, data: Record<string, unknown> = {}): TraceEvent => ({
  name,
  ph: 'X',
  pid: PID,
  tid: TID,
  ts: startMs * 1000,
  dur: durMs * 1000,
  args: { data },
});
const task = (startMs: number, durMs: number) => slice('ThreadControllerImpl::RunTask', startMs, durMs);
const ours = (name: string, startMs: number, durMs: number) => slice(name, startMs, durMs, { url: EXT });
const hosts = (name: string, startMs: number, durMs: number) => slice(name, startMs, durMs, { url: `${HOST}/app.js` });

/** The metadata that names the host's renderer and its main thread, then the given slices. */
const trace = (...slices: TraceEvent[]): TraceEvent[] => [
  { name: 'FrameCommittedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { url: `${HOST}/borger/1`, processId: PID } } },
  { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } },
  ...slices,
];

describe('attributeTasks', () => {
  it('counts a task that our timer opened as ours, whole', () => {
    const a = attributeTasks(trace(task(100, 60), ours('TimerFire', 100.1, 59)), HOST);
    expect(a.longTasks).toEqual([{ ms: 60, extension: true, extensionMs: 60, caused: true }]);
  });

  it('counts a host task as caused when it is long only with our script in it', () => {
    const a = attributeTasks(trace(task(100, 58), hosts('FunctionCall', 100.1, 40), ours('FunctionCall', 140.5, 11)), HOST);
    expect(a.longTasks).toEqual([{ ms: 58, extension: true, extensionMs: 11, caused: true }]);
  });

  it('leaves the host its own long task that merely ran a little of our script', () => {
    const a = attributeTasks(trace(task(100, 300), hosts('FunctionCall', 100.1, 290), ours('FunctionCall', 390.5, 0.4)), HOST);
    expect(a.longTasks).toEqual([{ ms: 300, extension: true, extensionMs: 0.4, caused: false }]);
  });

  it("leaves the host its load event's task when our load listener runs first in it, ahead of the host's layout", () => {
    // BørneSag's frame: the load event, our listener (a timer set), then the frame's own 91 ms layout.
    const a = attributeTasks(
      trace(task(100, 92), slice('EventDispatch', 100.3, 0.3, { type: 'load' }), ours('FunctionCall', 100.32, 0.2), slice('Layout', 100.7, 91)),
      HOST,
    );
    expect(a.longTasks).toEqual([{ ms: 92, extension: true, extensionMs: 0.2, caused: false }]);
  });

  it("leaves the host the rendering task that our animation-frame callback opens", () => {
    const a = attributeTasks(trace(task(100, 80), slice('FireAnimationFrame', 100.1, 0.5), ours('FunctionCall', 100.15, 0.4), slice('Layout', 101, 78)), HOST);
    expect(a.longTasks[0]).toMatchObject({ caused: false, extensionMs: 0.4 });
  });

  it('does not count a task of exactly 50 ms as long', () => {
    expect(attributeTasks(trace(task(100, 50), ours('TimerFire', 100.1, 49)), HOST).longTasks).toEqual([]);
  });

  it('ignores the main threads of other renderers', () => {
    const other = { ...task(100, 200), pid: 99 };
    expect(attributeTasks(trace(other, { ...ours('TimerFire', 100.1, 199), pid: 99 }), HOST).longTasks).toEqual([]);
  });
});
