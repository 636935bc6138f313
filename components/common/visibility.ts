/**
 * DOM clickjacking defence (DESIGN.md section 7): a confirm-type button acts only when the browser itself says it
 * is really visible, using IntersectionObserver v2 (trackVisibility). That reports an element as not visible when it
 * or any ancestor, across frames up to the host page, is transparent, filtered, transformed or covered by other
 * content. The host page can do all of that to our frame; it cannot fake the browser's answer.
 */
export interface VisibilityGuard {
  /** True when the element has been reported visible for at least `minVisibleMs` (or the browser lacks IOv2). */
  canAct(now?: number): boolean;
  /** undefined until the first report; then the last reported state. */
  state(): boolean | undefined;
  disconnect(): void;
}

interface EntryV2 extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export function supportsVisibilityTracking(): boolean {
  return typeof IntersectionObserver !== 'undefined' && typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

/**
 * `minVisibleMs`: a button that just appeared (or just stopped being covered) under the pointer is not clickable at
 * once, which also defeats "move the panel under the cursor right before the click".
 */
export function guardVisibility(el: Element, onChange: (visible: boolean) => void = () => {}, minVisibleMs = 300): VisibilityGuard {
  if (!supportsVisibilityTracking()) {
    // Firefox has no IOv2: nothing to measure with, so the guard cannot refuse (documented in SECURITY.md).
    return { canAct: () => true, state: () => undefined, disconnect: () => {} };
  }
  let visible: boolean | undefined;
  let since = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries as EntryV2[]) {
        const now = entry.isVisible === true && entry.isIntersecting;
        if (now !== visible) since = performance.now();
        visible = now;
        onChange(now);
      }
    },
    // trackVisibility needs delay >= 100; the options type of older DOM libs lacks both.
    { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(el);
  return {
    canAct: (now = performance.now()) => visible === true && now - since >= minVisibleMs,
    state: () => visible,
    disconnect: () => observer.disconnect(),
  };
}
