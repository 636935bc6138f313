import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Every row has this height in px; fixed heights are what make windowing exact and cheap. */
  rowHeight: number;
  /** Height of the scrolling viewport in px. */
  height: number;
  columns: number;
  caption: ComponentChildren;
  head: VNode;
  /** The cells of one row; the <tr> is this component's, since it carries the windowing attributes. */
  renderCells: (row: T, index: number) => ComponentChildren;
  /** Render every row (printing); the browser then paginates the whole table. */
  all?: boolean;
  overscan?: number;
  /** Called once, after the first rows are on screen (the benchmark's "first screen"). */
  onFirstRows?: () => void;
  label: string;
}

/**
 * A real <table> that only renders the rows in view plus a margin. Spacer rows keep the scroll height true, and
 * aria-rowcount / aria-rowindex tell assistive technology how big the table is and where each row sits.
 *
 * Keyboard: rows hold links; Arrow Up/Down on a link moves to the neighbouring row's link, scrolling it into the
 * window first, so the whole table is reachable without a mouse even though most rows do not exist in the DOM.
 */
export function VirtualRows<T>({ rows, rowKey, rowHeight, height, columns, caption, head, renderCells, all, overscan = 10, onFirstRows, label }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<number | undefined>();
  const frame = useRef(0);
  const reported = useRef(false);

  const first = all ? 0 : Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = all ? rows.length : Math.min(rows.length, Math.ceil((top + height) / rowHeight) + overscan);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setTop(scroller.current?.scrollTop ?? 0));
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new filter or sort starts at the top; keeping an old offset would show rows the user never scrolled to.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setTop(0);
  }, [rows]);

  useLayoutEffect(() => {
    if (!reported.current && rows.length > 0 && onFirstRows) {
      reported.current = true;
      onFirstRows();
    }
  });

  useLayoutEffect(() => {
    if (pendingFocus === undefined) return;
    const link = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${pendingFocus}"] a, [data-row-index="${pendingFocus}"] button`);
    if (link) {
      link.focus();
      setPendingFocus(undefined);
    }
  });

  const moveFocus = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const tr = (e.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    if (!tr) return;
    const current = Number(tr.dataset.rowIndex);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : current + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= rows.length) return;
    e.preventDefault();
    const el = scroller.current;
    if (el) {
      const y = next * rowHeight;
      if (y < el.scrollTop) el.scrollTop = y;
      else if (y + rowHeight > el.scrollTop + height - rowHeight) el.scrollTop = y - height + rowHeight * 2;
      setTop(el.scrollTop);
    }
    setPendingFocus(next);
  };

  const visible = rows.slice(first, last);
  return (
    <div
      ref={scroller}
      class={all ? 'vt vt-all' : 'vt'}
      style={all ? undefined : { height: `${height}px` }}
      onScroll={onScroll}
      onKeyDown={moveFocus}
      role="region"
      aria-label={label}
    >
      <table aria-rowcount={rows.length + 1}>
        <caption class="sr-only">{caption}</caption>
        <thead>{head}</thead>
        <tbody>
          {first > 0 && (
            <tr aria-hidden="true" class="vt-spacer" style={{ height: `${first * rowHeight}px` }}>
              <td colSpan={columns} />
            </tr>
          )}
          {visible.map((row, i) => {
            const index = first + i;
            return (
              <tr key={rowKey(row)} data-row-index={index} aria-rowindex={index + 2} style={all ? undefined : { height: `${rowHeight}px` }}>
                {renderCells(row, index)}
              </tr>
            );
          })}
          {last < rows.length && (
            <tr aria-hidden="true" class="vt-spacer" style={{ height: `${(rows.length - last) * rowHeight}px` }}>
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
