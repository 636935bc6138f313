import { useT } from '@/components/common/i18n';
import { FLAG_RULES, SECTORS, type Sector } from '@/lib/model';
import type { OverviewRow, SortDir, SortKey } from '@/lib/overview/select';
import { formatDay, formatKroner } from '../format';
import { useLang } from '../lang';
import { COLUMNS } from './columns';
import { VirtualRows } from './VirtualRows';
import './CitizenTable.css';

interface Props {
  rows: OverviewRow[];
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  printing: boolean;
  citizenHref: (cpr: string) => string;
  onFirstRows?: () => void;
}

export const ROW_HEIGHT = 36;

/** Citizens and households with flags, a row each, sortable by every column. */
export function CitizenTable({ rows, sort, onSort, printing, citizenHref, onFirstRows }: Props) {
  const t = useT();
  const lang = useLang();
  const width = COLUMNS.reduce((w, c) => w + c.width, 0);
  const head = (
    <tr aria-rowindex={1}>
      {COLUMNS.map((c) => {
        const active = sort.key === c.key;
        return (
          <th key={c.key} scope="col" style={{ width: `${c.width}px` }} class={c.numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
            <button type="button" class="sort" onClick={() => onSort(c.key)} data-testid={`sort-${c.key}`}>
              {t(c.label)}
              <span aria-hidden="true" class="sort-mark">
                {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          </th>
        );
      })}
    </tr>
  );
  const effortText = (efforts: Record<Sector, number>) =>
    SECTORS.filter((s) => efforts[s] > 0)
      .map((s) => `${t(`overview.sectorShort.${s}`)} ${efforts[s]}`)
      .join(' · ') || '–';
  // Until a row's records are read, its record-based cells say so in words rather than show a wrong zero.
  const pending = (
    <span class="pending">
      <span aria-hidden="true">…</span>
      <span class="sr-only">{t('overview.table.pending')}</span>
    </span>
  );

  return (
    <div class="citizen-table" style={{ ['--table-width' as string]: `${width}px` }}>
      <VirtualRows
        rows={rows}
        rowKey={(r) => r.subject.id}
        rowHeight={ROW_HEIGHT}
        height={Math.min(520, (rows.length + 1) * ROW_HEIGHT + 4)}
        columns={COLUMNS.length}
        caption={t('overview.table.caption', { n: rows.length })}
        label={t('overview.table.caption', { n: rows.length })}
        head={head}
        all={printing}
        onFirstRows={onFirstRows}
        renderCells={(r) => {
          const s = r.subject;
          const st = s.stats;
          const first = s.members[0]!;
          const names = s.members.map((m) => m.name || t('overview.unnamed')).join(', ');
          return (
            <>
              <td class="name">
                <a href={citizenHref(first.cpr)} target="_blank" rel="noopener" data-testid="row-link">
                  {s.kind === 'family' ? t('overview.familyOf', { names }) : names}
                </a>
              </td>
              <td class="num" data-col="flags">
                {r.flags}
              </td>
              {FLAG_RULES.map((rule) => (
                <td key={rule} class={r.byRule[rule] ? 'num' : 'num zero'} data-col={rule}>
                  {r.byRule[rule]}
                </td>
              ))}
              <td class="num" data-col="units">
                {st ? st.units : pending}
              </td>
              <td class="num" data-col="caseworkers">
                {st ? st.caseworkers : pending}
              </td>
              <td class="num" data-col="activePlans">
                {st ? st.activePlans : pending}
              </td>
              <td data-col="efforts">{st ? effortText(st.efforts) : pending}</td>
              <td data-col="lastActivity">{st ? formatDay(st.lastActivity, lang) || '–' : pending}</td>
              <td class="num" data-col="fee">
                {r.fee ? formatKroner(r.fee, lang) : '–'}
              </td>
            </>
          );
        }}
      />
    </div>
  );
}
