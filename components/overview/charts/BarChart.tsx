import { PATTERNS, patternFill } from './patterns';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the value (a fee, a count of requests). */
  note?: string;
}

interface Props {
  bars: Bar[];
  label: string;
  emptyText: string;
}

const W = 640;
const ROW = 28;
const LABEL = 250;
const VALUE = 150;

/** Horizontal bars, one texture per bar, the category and the number written out beside each. */
export function BarChart({ bars, label, emptyText }: Props) {
  if (!bars.length) return <p class="chart-empty">{emptyText}</p>;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const H = bars.length * ROW + 6;
  const span = W - LABEL - VALUE;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
      {bars.map((b, i) => {
        const y = 3 + i * ROW;
        const w = Math.max(2, (b.value / max) * span);
        return (
          <g key={i}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} text-anchor="end" class="chart-axis">
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
            <rect x={LABEL} y={y + 4} width={w} height={ROW - 8} fill={patternFill(PATTERNS[i % PATTERNS.length]!)} stroke="#1b1f24" stroke-width="1" />
            <text x={LABEL + w + 6} y={y + ROW / 2 + 4} class="chart-value">
              {b.note ? `${b.value} · ${b.note}` : b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
