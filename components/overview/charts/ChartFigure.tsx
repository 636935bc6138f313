import type { ComponentChildren } from 'preact';
import { useT } from '@/components/common/i18n';

export interface DataTable {
  head: string[];
  rows: (string | number)[][];
}

interface Props {
  id: string;
  title: string;
  /** One sentence a screen reader hears instead of the picture; the table below has every number. */
  summary: string;
  table: DataTable;
  /** Print shows the tables open, so a paper report has the numbers too. */
  printing: boolean;
  children: ComponentChildren;
}

/** A chart with its own words: a title, a text summary, the picture, and the same data as a table. */
export function ChartFigure({ id, title, summary, table, printing, children }: Props) {
  const t = useT();
  return (
    <figure class="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p class="chart-summary">{summary}</p>
      </figcaption>
      <div class="chart-picture">{children}</div>
      <details class="chart-table" open={printing}>
        <summary>{t('overview.chart.showTable')}</summary>
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
