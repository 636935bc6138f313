import { DEFAULT_PANEL_LAYOUT, LAYOUT_HINT, MAX_WIDTH, MIN_WIDTH, WIDTH_STEP, type PanelLayout } from './panel-layout';

/**
 * Layout hints: at document_start the content script must know how the stored layout lays the page out (pushed
 * aside or not, by how much) and whether the panel shows open, but the stored layout is a round trip to the browser
 * process away. Until it comes the content script applies the default, and on a large page the host may lay itself
 * out meanwhile: pushed aside by 380 px and then by the stored width, or pushed aside and then given its width back,
 * is a second layout of all of it (300 ms for JobSag's 1,000-row table); collapsed, the panel showed open over the
 * page for a moment. So the background registers, ahead of the content script, the few tiny scripts that set what
 * in the stored layout differs from the default (`layoutHintScripts`, entrypoints/background/content-scripts.ts), each
 * a file of the build (`LAYOUT_HINT_FILES`, wxt.config.ts): a registered script cannot be given a value. They set it
 * in the content scripts' isolated world, which the host page cannot see or set (`hintedLayout`, panel-layout.ts).
 * Not imported by the content script: it would build the list below at document_start.
 */
const HINT_DIR = 'layout-hints';
const hintFile = (name: string, field: keyof PanelLayout, value: unknown) => ({
  relativeDest: `${HINT_DIR}/${name}.js`,
  contents: `(globalThis.${LAYOUT_HINT} ??= {}).${field} = ${JSON.stringify(value)};\n`,
});
const widthHint = (w: number) => hintFile(`width-${w}`, 'width', w);
const OVER_HINT = hintFile('over', 'push', false);
const COLLAPSED_HINT = hintFile('collapsed', 'collapsed', true);

/** Every hint script, for the build. */
export const LAYOUT_HINT_FILES = [
  ...Array.from({ length: (MAX_WIDTH - MIN_WIDTH) / WIDTH_STEP + 1 }, (_, i) => widthHint(MIN_WIDTH + i * WIDTH_STEP)),
  OVER_HINT,
  COLLAPSED_HINT,
];

/** The hint scripts for a stored layout: only what the page's first layout and paint need, and differs from the default. */
export function layoutHintScripts(layout: PanelLayout): string[] {
  if (layout.collapsed) return [COLLAPSED_HINT.relativeDest];
  return [
    ...(layout.width !== DEFAULT_PANEL_LAYOUT.width ? [widthHint(layout.width).relativeDest] : []),
    ...(layout.push ? [] : [OVER_HINT.relativeDest]),
  ];
}

export const isLayoutHintScript = (file: string) => file.startsWith(`${HINT_DIR}/`);

