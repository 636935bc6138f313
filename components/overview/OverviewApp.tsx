import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LanguageProvider, useT } from '@/components/common/i18n';
import { describeFilters } from '@/lib/overview/describe-filters';
import type { Prepared } from '@/lib/overview/prepare';
import { aggregate, matchingFlags, NO_FILTERS, selectRows, sortRows, type Filters, type SortDir, type SortKey } from '@/lib/overview/select';
import type { DataSource } from '@/lib/overview/source';
import { overviewCsv } from '@/lib/overview/table-csv';
import { AggregateCharts } from './charts/AggregateCharts';
import { PatternDefs } from './charts/patterns';
import { downloadText, fileStamp } from './download';
import { FilterBar } from './filters/FilterBar';
import { formatNumber } from './format';
import { LangContext, useLang } from './lang';
import { TeamSources } from './sources/TeamSources';
import { SummaryCards } from './summary/SummaryCards';
import { CitizenTable } from './table/CitizenTable';
import { defaultDir } from './table/columns';
import { useOverviewData } from './useOverviewData';
import './OverviewApp.css';

const PURPOSE = 'Teamoverblik: opfølgning på koordinering på tværs af sektorer';

export function OverviewApp({ source }: { source: DataSource }) {
  const { state, reload } = useOverviewData(source);
  const lang = state.kind === 'ready' ? state.data.settings.language : 'da';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LanguageProvider value={lang}>
      <LangContext.Provider value={lang}>
        <PatternDefs />
        {state.kind === 'ready' ? (
          <Overview data={state.data} progress={state.progress} refreshing={!!state.refreshing} source={source} reload={reload} />
        ) : (
          <Loading failed={state.kind === 'failed' ? state.message : undefined} />
        )}
      </LangContext.Provider>
    </LanguageProvider>
  );
}

function Loading({ failed }: { failed?: string }) {
  const t = useT();
  return (
    <main class="overview">
      <h1>{t('overview.title')}</h1>
      {failed ? (
        <p role="alert" class="error">
          {t('overview.loadFailed', { message: failed })}
        </p>
      ) : (
        <p role="status">{t('overview.loading')}</p>
      )}
    </main>
  );
}

interface OverviewProps {
  data: Prepared;
  progress?: { read: number; total: number };
  refreshing: boolean;
  source: DataSource;
  reload: () => Promise<void>;
}

function Overview({ data, progress, refreshing, source, reload }: OverviewProps) {
  const t = useT();
  const lang = useLang();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'flags', dir: 'desc' });
  const [printing, setPrinting] = useState(false);
  const [notice, setNotice] = useState('');
  const logged = useRef(false);

  const flags = useMemo(() => matchingFlags(data, filters), [data, filters]);
  const rows = useMemo(() => selectRows(data, flags, filters.query), [data, flags, filters.query]);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.dir), [rows, sort]);
  const agg = useMemo(() => aggregate(data, flags, rows, filters), [data, flags, rows, filters]);

  useEffect(() => {
    document.title = t('overview.title');
    if (logged.current) return;
    logged.current = true;
    void source.log({ action: 'view', purpose: PURPOSE, detail: `team overview opened: ${data.citizens} citizens, ${data.records} records` });
  }, [data]);

  useEffect(() => {
    if (!printing) return;
    void source.log({ action: 'export', purpose: PURPOSE, detail: `printed report: ${sorted.length} rows; ${describeFilters(filters)}`, citizens: cprsOf(sorted) }).finally(() => {
      window.print();
      setPrinting(false);
    });
  }, [printing]);

  // The benchmark's "first screen": rows in the DOM, then (a task after the next frame's start) on screen.
  const onFirstRows = () => {
    performance.mark('enplan:first-rows');
    requestAnimationFrame(() => setTimeout(() => performance.mark('enplan:first-rows-painted'), 0));
  };

  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: defaultDir(key) }));

  const onSearch = (query: string) => {
    const next = { ...filters };
    if (query) next.query = query;
    else delete next.query;
    setFilters(next);
    if (!query) return;
    const found = selectRows(data, matchingFlags(data, next), query);
    setNotice(t('overview.search.found', { n: found.length }));
    void source.log({ action: 'search', purpose: PURPOSE, detail: `${describeFilters(next)}; ${found.length} rows`, citizens: cprsOf(found) });
  };

  const exportCsv = async () => {
    const csv = overviewCsv(sorted, t);
    await source.log({ action: 'export', purpose: PURPOSE, detail: `CSV: ${sorted.length} rows; ${describeFilters(filters)}`, citizens: cprsOf(sorted) });
    downloadText(`en-plan-overblik-${fileStamp()}.csv`, csv, 'text/csv;charset=utf-8');
    setNotice(t('overview.export.done', { n: sorted.length }));
  };

  const sourceCount = data.sources.length;
  // Exports hand out exactly the rows shown, so only rows that are final: all records read, no reload under way.
  const exportable = data.complete && !refreshing;
  return (
    <main class="overview">
      <header class="overview-head">
        <div>
          <h1>{t('overview.title')}</h1>
          <p class="overview-scope" data-testid="scope">
            {refreshing
              ? t('overview.scopeRefreshing')
              : data.complete
              ? t('overview.scope', { citizens: formatNumber(data.citizens, lang), records: formatNumber(data.records, lang), sources: sourceCount })
              : t('overview.scopeReading', { citizens: formatNumber(data.citizens, lang) })}
          </p>
        </div>
        <nav class="overview-actions no-print" aria-label={t('overview.actions')}>
          <button type="button" onClick={() => void exportCsv()} disabled={!exportable} data-testid="export-csv">
            {t('overview.export.csv')}
          </button>
          <button type="button" onClick={() => setPrinting(true)} disabled={!exportable} data-testid="print">
            {t('overview.export.print')}
          </button>
          <a href="/options.html" target="_blank" rel="noopener">
            {t('overview.settings')}
          </a>
        </nav>
      </header>
      <p class="print-only">{t('overview.print.header', { date: new Date().toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB'), filters: describeFilters(filters) })}</p>

      <div class="no-print">
        <FilterBar filters={filters} units={data.units} complete={data.complete} onChange={setFilters} onSearch={onSearch} />
      </div>
      {progress && progress.total > 0 && <ReadProgress {...progress} />}
      <div role="status" aria-live="polite" class="notice" data-testid="notice">
        {notice}
      </div>

      <SummaryCards totals={agg.totals} />

      <section aria-labelledby="table-title">
        <h2 id="table-title">{t('overview.table.title')}</h2>
        <p class="help no-print">{t('overview.table.help')}</p>
        {sorted.length ? (
          <CitizenTable rows={sorted} sort={sort} onSort={onSort} printing={printing} citizenHref={(cpr) => `?cpr=${cpr}`} onFirstRows={onFirstRows} />
        ) : (
          <p data-testid="no-rows">{t('overview.table.empty')}</p>
        )}
      </section>

      {data.complete && <AggregateCharts agg={agg} printing={printing} />}

      <div class="no-print">
        <TeamSources
          complete={data.complete} sources={data.sources} acceptsFiles={source.describe().acceptsFiles} contribute={(text) => source.contribute(text)} onContributed={() => void reload()} />
      </div>
    </main>
  );
}

/** How far the full read is; a <progress> (not a live region), so a screen reader is not told every chunk. */
function ReadProgress({ read, total }: { read: number; total: number }) {
  const t = useT();
  const lang = useLang();
  return (
    <p class="read-progress no-print" data-testid="read-progress">
      <label>
        {t('overview.progress', { read: formatNumber(read, lang), total: formatNumber(total, lang) })}{' '}
        <progress max={Math.max(total, 1)} value={read} />
      </label>
    </p>
  );
}

const cprsOf = (rows: { subject: { members: { cpr: string }[] } }[]) => rows.flatMap((r) => r.subject.members.map((m) => m.cpr));
