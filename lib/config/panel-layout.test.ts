import { describe, expect, it } from 'vitest';
import { panelLayoutOf } from './panel-layout';

describe('panelLayoutOf', () => {
  it('pushes the page aside at 380 px, open, when nothing is stored', () => {
    expect(panelLayoutOf(undefined)).toEqual({ collapsed: false, width: 380, push: true });
  });

  it('keeps what was stored, and pushes for a layout stored before the push could be turned off', () => {
    expect(panelLayoutOf({ collapsed: true, width: 420 })).toEqual({ collapsed: true, width: 420, push: true });
    expect(panelLayoutOf({ collapsed: false, width: 500, push: false })).toEqual({ collapsed: false, width: 500, push: false });
  });
});
