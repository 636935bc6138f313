import { patternFill, type PatternId } from './patterns';

interface Props {
  labels: string[];
  values: number[];
  /** Printed above each column, so the value never depends on reading the axis. */
  valueText: (n: number, i: number) => string;
  pattern: PatternId;
  /** Text alternative of the picture: the figure's summary. */
  label: string;
}

const W = 640;
const H = 210;
const TOP = 22;
const BOTTOM = 34;
const LEFT = 8;

/** Columns per month. Plain SVG: no chart library to keep up to date, nothing that needs a script from elsewhere. */
export function ColumnChart({ labels, values, valueText, pattern, label }: Props) {
  const max = Math.max(1, ...values);
  const slot = (W - LEFT * 2) / Math.max(1, labels.length);
  const bar = Math.min(36, slot * 0.62);
  const plot = H - TOP - BOTTOM;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
      <line x1={LEFT} x2={W - LEFT} y1={H - BOTTOM} y2={H - BOTTOM} stroke="#4a5560" />
      {values.map((v, i) => {
        const h = (v / max) * plot;
        const x = LEFT + slot * i + (slot - bar) / 2;
        const y = H - BOTTOM - h;
        return (
          <g key={i}>
            {v > 0 && <rect x={x} y={y} width={bar} height={h} fill={patternFill(pattern)} stroke="#1b1f24" stroke-width="1" />}
            <text x={x + bar / 2} y={y - 5} text-anchor="middle" class="chart-value">
              {valueText(v, i)}
            </text>
            <text x={x + bar / 2} y={H - BOTTOM + 16} text-anchor="middle" class="chart-axis">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
