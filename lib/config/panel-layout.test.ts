import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_LAYOUT, LAYOUT_HINT, LAYOUT_HINT_FILES, MAX_WIDTH, MIN_WIDTH, WIDTH_STEP, hintedLayout, layoutHintScripts, panelLayoutOf, type PanelLayout } from './panel-layout';

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

describe('layout hints', () => {
  // What the content script knows at document_start when the hints of `layout` have run, as the browser runs them.
  function hinted(layout: PanelLayout): PanelLayout {
    const world = globalThis as Record<string, unknown>;
    try {
      for (const file of layoutHintScripts(layout)) new Function(LAYOUT_HINT_FILES.find((f) => f.relativeDest === file)!.contents)();
      return hintedLayout();
    } finally {
      delete world[LAYOUT_HINT];
    }
  }

  it('registers none for the default layout', () => {
    expect(layoutHintScripts(DEFAULT_PANEL_LAYOUT)).toEqual([]);
  });

  it('tells every width, and the push, of an open panel exactly', () => {
    for (let width = MIN_WIDTH; width <= MAX_WIDTH; width += WIDTH_STEP) {
      for (const push of [true, false]) expect(hinted({ collapsed: false, width, push })).toEqual({ collapsed: false, width, push });
    }
  });

  it('tells only that a collapsed panel is collapsed: it lays nothing out at its width', () => {
    expect(layoutHintScripts({ collapsed: true, width: 600, push: false })).toHaveLength(1);
    expect(hinted({ collapsed: true, width: 600, push: false })).toMatchObject({ collapsed: true });
  });

  it('builds each hint once, as a file of its own', () => {
    const names = LAYOUT_HINT_FILES.map((f) => f.relativeDest);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength((MAX_WIDTH - MIN_WIDTH) / WIDTH_STEP + 3);
  });
});
