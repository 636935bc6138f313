// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';
import { byTestId, click, fakeVisibility, renderUi } from './testing';

describe('ConfirmButton (DOM clickjacking defence)', () => {
  let vis: ReturnType<typeof fakeVisibility>;
  beforeEach(() => {
    vis = fakeVisibility();
    vi.spyOn(performance, 'now').mockReturnValue(1000);
  });
  afterEach(() => {
    vis.restore();
    vi.restoreAllMocks();
  });

  const setup = () => {
    const onConfirm = vi.fn();
    const r = renderUi(
      <ConfirmButton data-testid="go" onConfirm={onConfirm}>
        Fortsæt alligevel
      </ConfirmButton>,
    );
    return { ...r, onConfirm, button: byTestId(r.container, 'go') as HTMLButtonElement };
  };

  it('ignores a click before the browser has said the button is visible', async () => {
    const { button, onConfirm, container } = setup();
    await click(button);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/ikke var helt synligt/);
  });

  it('ignores a click while the panel is covered or transparent', async () => {
    const { button, onConfirm } = setup();
    vis.report(true);
    vi.mocked(performance.now).mockReturnValue(5000);
    vis.report(false);
    vi.mocked(performance.now).mockReturnValue(9000);
    await click(button);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(button.dataset.visible).toBe('false');
  });

  it('ignores a click on a button that only just became visible under the pointer', async () => {
    const { button, onConfirm } = setup();
    vis.report(true);
    vi.mocked(performance.now).mockReturnValue(1100);
    await click(button);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('acts once the button has been visible for a moment, and clears the notice', async () => {
    const { button, onConfirm, container } = setup();
    await click(button);
    vis.report(true);
    vi.mocked(performance.now).mockReturnValue(1400);
    await click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
    expect(button.dataset.visible).toBe('true');
  });
});

describe('ConfirmButton without IntersectionObserver v2 (Firefox)', () => {
  it('cannot measure, so it does not refuse', async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = g.IntersectionObserverEntry;
    g.IntersectionObserverEntry = class {};
    const onConfirm = vi.fn();
    const r = renderUi(<ConfirmButton data-testid="go" onConfirm={onConfirm}>x</ConfirmButton>);
    await click(byTestId(r.container, 'go'));
    expect(onConfirm).toHaveBeenCalled();
    g.IntersectionObserverEntry = saved;
  });
});
