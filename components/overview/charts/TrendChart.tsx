export interface Series {
  label: string;
  values: number[];
}

interface Props {
  labels: string[];
  series: Series[];
  label: string;
}

const W = 640;
const H = 230;
const TOP = 14;
const BOTTOM = 30;
const LEFT = 34;
// Room for half of the last month label, which is centred on the last point.
const RIGHT = 26;
/** Line styles and point shapes: the series differ in two ways besides colour. */
export const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 5', '12 5'];
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'bar'] as const;

export function Marker({ kind, x, y }: { kind: (typeof MARKERS)[number]; x: number; y: number }) {
  const s = 4;
  switch (kind) {
    case 'circle':
      return <circle cx={x} cy={y} r={s} fill="#fff" stroke="#1b1f24" stroke-width="1.5" />;
    case 'square':
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} fill="#1b1f24" />;
    case 'triangle':
      return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y + s}L${x - s - 1} ${y + s}Z`} fill="#1b1f24" />;
    case 'diamond':
      return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y}L${x} ${y + s + 1}L${x - s - 1} ${y}Z`} fill="#fff" stroke="#1b1f24" stroke-width="1.5" />;
    case 'cross':
      return <path d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`} stroke="#1b1f24" stroke-width="2" />;
    default:
      return <rect x={x - s} y={y - 1.5} width={s * 2} height={3} fill="#1b1f24" />;
  }
}

/** Flags per month by kind: one line each, told apart by dash and marker, named in the legend beside it. */
export function TrendChart({ labels, series, label }: Props) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = (W - LEFT - RIGHT) / Math.max(1, labels.length - 1);
  const plot = H - TOP - BOTTOM;
  const xAt = (i: number) => LEFT + step * i;
  const yAt = (v: number) => TOP + plot - (v / max) * plot;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  return (
    <div class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={yAt(v)} y2={yAt(v)} stroke="#d5dbe1" />
            <text x={LEFT - 6} y={yAt(v) + 4} text-anchor="end" class="chart-axis">
              {v}
            </text>
          </g>
        ))}
        {labels.map((l, i) => (
          <text key={l} x={xAt(i)} y={H - 10} text-anchor="middle" class="chart-axis">
            {l}
          </text>
        ))}
        {series.map((s, si) => (
          <g key={s.label}>
            <polyline
              points={s.values.map((v, i) => `${xAt(i)},${yAt(v)}`).join(' ')}
              fill="none"
              stroke="#1b1f24"
              stroke-width="1.6"
              stroke-dasharray={DASHES[si % DASHES.length]}
            />
            {s.values.map((v, i) => (
              <Marker key={i} kind={MARKERS[si % MARKERS.length]!} x={xAt(i)} y={yAt(v)} />
            ))}
          </g>
        ))}
      </svg>
      <ul class="trend-legend">
        {series.map((s, si) => (
          <li key={s.label}>
            <svg width="34" height="12" aria-hidden="true" focusable="false">
              <line x1="2" x2="32" y1="6" y2="6" stroke="#1b1f24" stroke-width="1.6" stroke-dasharray={DASHES[si % DASHES.length]} />
              <Marker kind={MARKERS[si % MARKERS.length]!} x={17} y={6} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
