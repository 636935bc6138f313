import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewOf } from '@/lib/service/first-view';
import { holdFirstView, takeFirstView } from './first-view-handoff';

const view = firstViewOf('da', 'Trine Hansen', []);

describe('the first view held for a tab', () => {
  afterEach(() => vi.useRealTimers());

  it('is taken once, by its own tab, and the latest page of the tab wins', async () => {
    holdFirstView(1, Promise.resolve(firstViewOf('da', 'Forrige side', [])));
    holdFirstView(1, Promise.resolve(view));
    expect(await takeFirstView(2)).toBeUndefined();
    expect(await takeFirstView(1)).toEqual(view);
    expect(await takeFirstView(1)).toBeUndefined();
  });

  it('is dropped after ten seconds, and a view that could not be built is none', async () => {
    vi.useFakeTimers();
    holdFirstView(1, Promise.resolve(view));
    vi.advanceTimersByTime(10_000);
    expect(await takeFirstView(1)).toBeUndefined();
    holdFirstView(1, Promise.reject(new Error('QuotaExceededError')));
    expect(await takeFirstView(1)).toBeUndefined();
  });
});
