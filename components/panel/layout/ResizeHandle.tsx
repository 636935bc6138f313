import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { getPref, setPref } from '@/components/common/prefs';
import { MAX_WIDTH, MIN_WIDTH, WIDTH_STEP, snapWidth } from '@/lib/config/panel-layout';
import './ResizeHandle.css';

const WIDTH_KEY = 'enplan.width';

/** The width last chosen, also known while the frame is collapsed (a hidden frame measures 0). */
export function rememberedWidth(fallback = 380): number {
  const stored = Number(getPref(WIDTH_KEY, 0));
  return stored >= MIN_WIDTH && stored <= MAX_WIDTH ? snapWidth(stored) : fallback;
}

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys (a window splitter, WAI-ARIA). The content
 * script outside the frame does the resizing and remembers the width (panel:layout).
 */
export function ResizeHandle() {
  const t = useT();
  const send = useSend();
  const [width, setWidth] = useState(() => (window.innerWidth >= MIN_WIDTH ? snapWidth(window.innerWidth) : rememberedWidth()));
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const pending = useRef<number | undefined>(undefined);

  const apply = (w: number) => {
    const next = snapWidth(w);
    setWidth(next);
    setPref(WIDTH_KEY, next);
    if (pending.current !== undefined) clearTimeout(pending.current);
    // Coalesce a drag's many moves into a few layout messages.
    pending.current = window.setTimeout(() => void send({ type: 'panel:layout', collapsed: false, width: next }), 40);
  };

  useEffect(() => {
    const onResize = () => {
      if (!drag.current && window.innerWidth >= MIN_WIDTH) setWidth(snapWidth(window.innerWidth));
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowLeft: WIDTH_STEP, ArrowRight: -WIDTH_STEP, PageUp: 5 * WIDTH_STEP, PageDown: -5 * WIDTH_STEP }[e.key];
    if (delta !== undefined) apply(width + delta);
    else if (e.key === 'Home') apply(MIN_WIDTH);
    else if (e.key === 'End') apply(MAX_WIDTH);
    else return;
    e.preventDefault();
  };
  // screenX, not clientX: the frame itself moves while it is resized.
  const onPointerDown = (e: PointerEvent) => {
    drag.current = { startX: e.screenX, startWidth: width };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) apply(drag.current.startWidth + (drag.current.startX - e.screenX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  return (
    <div
      class="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('panel.resize')}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      aria-valuetext={t('panel.width', { px: width })}
      tabIndex={0}
      title={t('panel.resizeHint')}
      data-testid="resize-handle"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
