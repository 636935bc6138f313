import { LAYOUT_HINT_FILES, layoutHintScripts } from './layout-hints';
import { LAYOUT_HINT, type PanelLayout } from './panel-layout';

/** For tests: runs the built text of the hints the background would register for `layout`, as the browser runs them. */
export function runLayoutHints(layout: PanelLayout) {
  for (const file of layoutHintScripts(layout)) new Function(LAYOUT_HINT_FILES.find((f) => f.relativeDest === file)!.contents)();
}

/** What the hints left in this world, gone. */
export function clearLayoutHints() {
  delete (globalThis as Record<string, unknown>)[LAYOUT_HINT];
}
