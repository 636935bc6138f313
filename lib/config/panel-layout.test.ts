import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_LAYOUT, MAX_WIDTH, MIN_WIDTH, panelLayoutOf } from './panel-layout';

describe('panelLayoutOf', () => {
  it('pushes the page aside at 380 px, open, when nothing is stored', () => {
    expect(panelLayoutOf(undefined)).toEqual({ collapsed: false, width: 380, push: true });
  });

  it('keeps what was stored, and pushes for a layout stored before the push could be turned off', () => {
    expect(panelLayoutOf({ collapsed: true, width: 420 })).toEqual({ collapsed: true, width: 420, push: true });
    expect(panelLayoutOf({ collapsed: false, width: 500, push: false })).toEqual({ collapsed: false, width: 500, push: false });
  });

  it('takes a width stored before widths were whole steps to the nearest step, within the bounds', () => {
    expect(panelLayoutOf({ width: 433 }).width).toBe(440);
    expect(panelLayoutOf({ width: 100 }).width).toBe(MIN_WIDTH);
    expect(panelLayoutOf({ width: 5000 }).width).toBe(MAX_WIDTH);
    expect(panelLayoutOf({ width: Number.NaN }).width).toBe(DEFAULT_PANEL_LAYOUT.width);
  });
});
