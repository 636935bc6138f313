import { useT } from '@/components/common/i18n';
import type { MessageKey } from '@/lib/i18n';
import { FLAG_RULES, type Sector } from '@/lib/model';
import type { Aggregates } from '@/lib/overview/select';
import { EFFORT_GROUPS, getEffortCategory, type EffortGroupId } from '@/lib/taxonomy/effort-categories';
import { getInfoType } from '@/lib/taxonomy/info-types';
import { formatKroner, formatMonth, formatNumber } from '../format';
import { useLang } from '../lang';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { ColumnChart } from './ColumnChart';
import { TrendChart } from './TrendChart';
import './charts.css';

interface Props {
  agg: Aggregates;
  printing: boolean;
}

/** What coordination would save, in five pictures, each with its numbers in words and as a table. */
export function AggregateCharts({ agg, printing }: Props) {
  const t = useT();
  const lang = useLang();
  const kr = (n: number) => formatKroner(n, lang);
  const month = (m: string) => formatMonth(m, lang);
  const monthLong = (m: string) => formatMonth(m, lang, true);
  const infoName = (id: string) => {
    const type = getInfoType(id);
    return type ? (lang === 'da' ? type.name : type.nameEn) : t('overview.chart.unknownType');
  };
  const groupName = (g: string) => {
    const group = (EFFORT_GROUPS as Record<string, { name: string; nameEn: string } | undefined>)[g as EffortGroupId];
    const c = group ?? getEffortCategory(g);
    return c ? (lang === 'da' ? c.name : c.nameEn) : g;
  };
  const pairName = (pair: string) => {
    const sectors = pair.split('+').filter(Boolean) as Sector[];
    if (sectors.length === 1) return t('overview.chart.withinSector', { sector: t(`sector.${sectors[0]!}`) });
    return sectors.map((s) => t(`sector.${s}`)).join(' + ');
  };

  const dupRequests = agg.duplicatesByMonth.reduce((n, m) => n + m.requests, 0);
  const dupFee = agg.duplicatesByMonth.reduce((n, m) => n + m.fee, 0);
  const typeRequests = agg.duplicatesByType.reduce((n, x) => n + x.requests, 0);
  const typeFee = agg.duplicatesByType.reduce((n, x) => n + x.fee, 0);
  const parallel = agg.totals.byRule['parallel-efforts'];
  const clusters = agg.meetingClustersByMonth.reduce((n, m) => n + m.flags, 0);
  const clusterMeetings = agg.meetingClustersByMonth.reduce((n, m) => n + m.meetings, 0);
  const planCitizens = agg.multiplePlans.reduce((n, p) => n + p.citizens, 0);
  const from = agg.months[0] ? monthLong(agg.months[0]) : '';
  const to = agg.months.length ? monthLong(agg.months[agg.months.length - 1]!) : '';
  const planLabel = (n: number) => (n >= 4 ? t('overview.chart.plansFourPlus') : t('overview.chart.plansN', { n }));

  return (
    <section class="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('overview.charts.title')}</h2>
      <p class="charts-period">{t('overview.charts.period', { from, to })}</p>
      <div class="chart-grid">
        <ChartFigure
          id="dup-month"
          printing={printing}
          title={t('overview.chart.dupMonth.title')}
          summary={t('overview.chart.dupMonth.summary', { requests: formatNumber(dupRequests, lang), fee: kr(dupFee), from, to })}
          table={{
            head: [t('overview.chart.month'), t('overview.chart.flags'), t('overview.chart.extraRequests'), t('overview.chart.fee')],
            rows: agg.duplicatesByMonth.map((m) => [monthLong(m.month), m.flags, m.requests, kr(m.fee)]),
          }}
        >
          <ColumnChart
            label={t('overview.chart.dupMonth.title')}
            labels={agg.duplicatesByMonth.map((m) => month(m.month))}
            values={agg.duplicatesByMonth.map((m) => m.requests)}
            valueText={(v) => (v ? String(v) : '0')}
            pattern="hatch"
          />
        </ChartFigure>

        <ChartFigure
          id="dup-type"
          printing={printing}
          title={t('overview.chart.dupType.title')}
          summary={t('overview.chart.dupType.summary', { requests: formatNumber(typeRequests, lang), fee: kr(typeFee), types: agg.duplicatesByType.length })}
          table={{
            head: [t('overview.chart.infoType'), t('overview.chart.flags'), t('overview.chart.extraRequests'), t('overview.chart.fee')],
            rows: agg.duplicatesByType.map((x) => [infoName(x.infoType), x.flags, x.requests, kr(x.fee)]),
          }}
        >
          <BarChart
            label={t('overview.chart.dupType.title')}
            emptyText={t('overview.chart.empty')}
            bars={agg.duplicatesByType.map((x) => ({ label: infoName(x.infoType), value: x.requests, note: kr(x.fee) }))}
          />
        </ChartFigure>

        <ChartFigure
          id="parallel-group"
          printing={printing}
          title={t('overview.chart.parallelGroup.title')}
          summary={t('overview.chart.parallelGroup.summary', { n: formatNumber(parallel, lang) })}
          table={{ head: [t('overview.chart.category'), t('overview.chart.flags')], rows: agg.parallelByGroup.map((x) => [groupName(x.group), x.flags]) }}
        >
          <BarChart label={t('overview.chart.parallelGroup.title')} emptyText={t('overview.chart.empty')} bars={agg.parallelByGroup.map((x) => ({ label: groupName(x.group), value: x.flags }))} />
        </ChartFigure>

        <ChartFigure
          id="parallel-pair"
          printing={printing}
          title={t('overview.chart.parallelPair.title')}
          summary={t('overview.chart.parallelPair.summary', { n: formatNumber(parallel, lang) })}
          table={{ head: [t('overview.chart.sectors'), t('overview.chart.flags')], rows: agg.parallelBySectorPair.map((x) => [pairName(x.pair), x.flags]) }}
        >
          <BarChart label={t('overview.chart.parallelPair.title')} emptyText={t('overview.chart.empty')} bars={agg.parallelBySectorPair.map((x) => ({ label: pairName(x.pair), value: x.flags }))} />
        </ChartFigure>

        <ChartFigure
          id="meetings"
          printing={printing}
          title={t('overview.chart.meetings.title')}
          summary={t('overview.chart.meetings.summary', { n: formatNumber(clusters, lang), meetings: formatNumber(clusterMeetings, lang) })}
          table={{
            head: [t('overview.chart.month'), t('overview.chart.clusters'), t('overview.chart.meetingsInClusters')],
            rows: agg.meetingClustersByMonth.map((m) => [monthLong(m.month), m.flags, m.meetings]),
          }}
        >
          <ColumnChart
            label={t('overview.chart.meetings.title')}
            labels={agg.meetingClustersByMonth.map((m) => month(m.month))}
            values={agg.meetingClustersByMonth.map((m) => m.flags)}
            valueText={(v) => String(v)}
            pattern="dots"
          />
        </ChartFigure>

        <ChartFigure
          id="plans"
          printing={printing}
          title={t('overview.chart.plans.title')}
          summary={t('overview.chart.plans.summary', { n: formatNumber(planCitizens, lang) })}
          table={{ head: [t('overview.chart.activePlans'), t('overview.chart.citizens')], rows: agg.multiplePlans.map((p) => [planLabel(p.plans), p.citizens]) }}
        >
          <BarChart label={t('overview.chart.plans.title')} emptyText={t('overview.chart.empty')} bars={agg.multiplePlans.map((p) => ({ label: planLabel(p.plans), value: p.citizens }))} />
        </ChartFigure>

        <ChartFigure
          id="trend"
          printing={printing}
          title={t('overview.chart.trend.title')}
          summary={t('overview.chart.trend.summary', { from, to })}
          table={{
            head: [t('overview.chart.month'), ...FLAG_RULES.map((r) => t(`overview.rule.${r}` as MessageKey))],
            rows: agg.trend.map((m) => [monthLong(m.month), ...FLAG_RULES.map((r) => m.byRule[r])]),
          }}
        >
          <TrendChart
            label={t('overview.chart.trend.title')}
            labels={agg.trend.map((m) => month(m.month))}
            series={FLAG_RULES.map((r) => ({ label: t(`overview.rule.${r}` as MessageKey), values: agg.trend.map((m) => m.byRule[r]) }))}
          />
        </ChartFigure>
      </div>
    </section>
  );
}
