import { describe, expect, it } from 'vitest';
import { LAYOUT_HINT_FILES, layoutHintScripts } from './layout-hints';
import { clearLayoutHints, runLayoutHints } from './layout-hints.test-fixtures';
import { DEFAULT_PANEL_LAYOUT, MAX_WIDTH, MIN_WIDTH, WIDTH_STEP, hintedLayout, type PanelLayout } from './panel-layout';

describe('layout hints', () => {
  // What the content script knows at document_start when the hints of `layout` have run, as the browser runs them.
  function hinted(layout: PanelLayout): PanelLayout {
    try {
      runLayoutHints(layout);
      return hintedLayout();
    } finally {
      clearLayoutHints();
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
