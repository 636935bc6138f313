import type { MessageKey } from '../i18n';
import { FLAG_RULES, SECTORS } from '../model';
import { toCsv } from './csv';
import type { OverviewRow } from './select';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The table as a spreadsheet: one line per row in the order shown, with the full CPR numbers, since a working list
 * must name the citizens unambiguously. The export is logged per citizen for that reason.
 */
export function overviewCsv(rows: readonly OverviewRow[], t: T): string {
  const header = [
    t('overview.csv.kind'),
    t('overview.col.name'),
    t('overview.csv.cpr'),
    t('overview.col.flags'),
    ...FLAG_RULES.map((r) => t(`overview.rule.${r}` as MessageKey)),
    t('overview.col.units'),
    t('overview.col.caseworkers'),
    t('overview.col.activePlans'),
    ...SECTORS.map((s) => t('overview.csv.efforts', { sector: t(`sector.${s}`) })),
    t('overview.col.lastActivity'),
    t('overview.csv.fee'),
  ];
  const lines = rows.map((r) => {
    const s = r.subject;
    return [
      s.kind === 'family' ? t('overview.csv.family') : t('overview.csv.citizen'),
      s.members.map((m) => m.name).join(', '),
      s.members.map((m) => `${m.cpr.slice(0, 6)}-${m.cpr.slice(6)}`).join(', '),
      r.flags,
      ...FLAG_RULES.map((rule) => r.byRule[rule]),
      s.stats?.units,
      s.stats?.caseworkers,
      s.stats?.activePlans,
      ...SECTORS.map((sector) => s.stats?.efforts[sector]),
      s.stats?.lastActivity ?? '',
      r.fee,
    ];
  });
  return toCsv(header, lines);
}
