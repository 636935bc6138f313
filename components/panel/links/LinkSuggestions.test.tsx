// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { allByTestId, byTestId, click, withFakeVisibility, renderUi } from '@/components/common/testing';
import type { LinkSuggestionGroup } from '@/lib/service/link-suggestions-view';
import { LinkSuggestions } from './LinkSuggestions';

const TRINE = '0101831234';
const OTHER = '0101831242';
const group = (over: Partial<LinkSuggestionGroup> = {}): LinkSuggestionGroup => ({
  id: 'g1',
  system: 'sundhedsportalen',
  sector: 'health',
  shown: { name: 'Trine Hansen', birthDate: '1983-01-01' },
  recordCount: 7,
  records: [{ kind: 'effort', title: 'Smertehåndteringsforløb <b>x</b>' }],
  candidates: [{ cpr: TRINE, name: 'Trine Hansen', score: 1, reasons: ['birth-date', 'name-exact'] }],
  ambiguous: false,
  ...over,
});

const setVisible = withFakeVisibility();

describe('LinkSuggestions', () => {
  it('shows nothing when the page has no record without a full CPR', () => {
    const { container } = renderUi(<LinkSuggestions groups={[]} />);
    expect(container.textContent).toBe('');
  });

  it('shows what the page shows next to the candidate, CPR masked, with why, as text', () => {
    const { container } = renderUi(<LinkSuggestions groups={[group()]} />);
    const shown = byTestId(container, 'link-shown')!.textContent!;
    expect(shown).toContain('Trine Hansen');
    expect(shown).toContain('1983');
    expect(shown).toContain('sundhedsportalen');
    expect(shown).toContain('Smertehåndteringsforløb <b>x</b>');
    expect(shown).toContain('og 6 mere');
    expect(container.querySelector('b')).toBeNull();
    expect(byTestId(container, 'link-candidate-cpr')?.textContent).toBe('010183-xxxx');
    expect(container.textContent).not.toContain('1234');
    expect(container.textContent).toContain('samme fødselsdato, samme navn');
    const confirm = byTestId(container, 'link-confirm') as HTMLButtonElement;
    expect(confirm.textContent).toBe('Bekræft');
    expect(confirm.getAttribute('aria-label')).toMatch(/^Bekræft at Trine Hansen, .* i sundhedsportalen er Trine Hansen \(CPR 010183-xxxx\)$/);
    expect((byTestId(container, 'link-reject') as HTMLButtonElement).textContent).toBe('Afvis');
  });

  it('confirms and rejects with the group id, and announces the outcome', async () => {
    const r = renderUi(<LinkSuggestions groups={[group()]} />);
    setVisible();
    await click(byTestId(r.container, 'link-confirm'));
    expect(r.sent).toEqual([{ type: 'panel:link-decision', groupId: 'g1', decision: 'confirmed', cpr: TRINE }]);
    expect(byTestId(r.container, 'link-outcome')?.textContent).toContain('bekræftet');
    // The refreshed view no longer has the group: the outcome stays readable.
    r.rerender(<LinkSuggestions groups={[]} />);
    expect(byTestId(r.container, 'link-outcome')?.textContent).toContain('bekræftet');

    r.rerender(<LinkSuggestions groups={[group({ id: 'g2' })]} />);
    // A button that just appeared is not clickable until the browser reports it visible for a while.
    vi.restoreAllMocks();
    setVisible();
    await click(byTestId(r.container, 'link-reject'));
    expect(r.sent[1]).toEqual({ type: 'panel:link-decision', groupId: 'g2', decision: 'rejected' });
    expect(byTestId(r.container, 'link-outcome')?.textContent).toContain('afvist');
  });

  it('ignores a click while the host page hides or covers the panel', async () => {
    const r = renderUi(<LinkSuggestions groups={[group()]} />);
    setVisible(false);
    await click(byTestId(r.container, 'link-confirm'));
    expect(r.sent).toEqual([]);
  });

  it('lists every namesake without preselecting one: pick one, or reject all', async () => {
    const candidates = [
      { cpr: TRINE, name: 'Trine Hansen', score: 1, reasons: ['birth-date' as const, 'name-exact' as const] },
      { cpr: OTHER, name: 'Trine Hansen', score: 1, reasons: ['birth-date' as const, 'name-exact' as const] },
    ];
    const r = renderUi(<LinkSuggestions groups={[group({ candidates, ambiguous: true })]} />);
    expect(allByTestId(r.container, 'link-candidate')).toHaveLength(2);
    expect(allByTestId(r.container, 'link-confirm')).toHaveLength(2);
    expect(allByTestId(r.container, 'link-reject')).toHaveLength(1);
    expect(byTestId(r.container, 'link-reject')?.textContent).toBe('Afvis alle');
    expect(r.container.querySelector('[aria-pressed="true"], [aria-checked="true"], [checked]')).toBeNull();
    setVisible();
    await click(allByTestId(r.container, 'link-confirm')[1]);
    expect(r.sent).toEqual([{ type: 'panel:link-decision', groupId: 'g1', decision: 'confirmed', cpr: OTHER }]);
  });

  it('says so when the background refuses (the suggestion changed)', async () => {
    const r = renderUi(<LinkSuggestions groups={[group()]} />, { answer: () => ({ ok: false, error: 'unknown-suggestion' }) });
    setVisible();
    await click(byTestId(r.container, 'link-confirm'));
    expect(byTestId(r.container, 'link-outcome')?.textContent).toContain('ændret');
  });

  it('speaks English too', () => {
    const { container } = renderUi(<LinkSuggestions groups={[group()]} />, { lang: 'en' });
    expect(byTestId(container, 'link-confirm')?.textContent).toBe('Confirm');
    expect(byTestId(container, 'link-reject')?.textContent).toBe('Reject');
  });
});
