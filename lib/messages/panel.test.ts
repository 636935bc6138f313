import { describe, expect, it } from 'vitest';
import { PanelMessage } from './panel';

describe('PanelMessage', () => {
  it('accepts the plan and consent messages', () => {
    expect(PanelMessage.parse({ type: 'panel:plan-edit', planId: 'p', op: { op: 'add-goal', text: 'Sove' } })).toBeTruthy();
    expect(
      PanelMessage.parse({
        type: 'panel:consent-register',
        consent: { cpr: '0101831234', basis: 'consent', sectors: ['health'], givenAt: '2025-03-01', givenBy: 'Trine Hansen' },
      }),
    ).toBeTruthy();
  });
  it('refuses unknown types, bad ops and malformed tokens', () => {
    expect(PanelMessage.safeParse({ type: 'panel:drop-table' }).success).toBe(false);
    expect(PanelMessage.safeParse({ type: 'panel:plan-edit', planId: 'p', op: { op: 'eval', code: 'x' } }).success).toBe(false);
    expect(PanelMessage.safeParse({ type: 'panel:print-view', token: '../../etc' }).success).toBe(false);
    expect(PanelMessage.safeParse({ type: 'panel:view', cpr: '01018312' }).success).toBe(false);
  });
});
