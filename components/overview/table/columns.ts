import type { MessageKey } from '@/lib/i18n';
import { FLAG_RULES, type FlagRule } from '@/lib/model';
import type { SortKey } from '@/lib/overview/select';

export interface Column {
  key: SortKey;
  label: MessageKey;
  /** Width in px: the table is laid out fixed, so a row never grows taller than the windowing assumes. */
  width: number;
  numeric: boolean;
}

export const RULE_SHORT: Record<FlagRule, MessageKey> = {
  'duplicate-request': 'overview.ruleShort.duplicate-request',
  'information-on-file': 'overview.ruleShort.information-on-file',
  'parallel-efforts': 'overview.ruleShort.parallel-efforts',
  'meeting-cluster': 'overview.ruleShort.meeting-cluster',
  'multiple-plans': 'overview.ruleShort.multiple-plans',
  'deadline-passed': 'overview.ruleShort.deadline-passed',
};

export const COLUMNS: Column[] = [
  { key: 'name', label: 'overview.col.name', width: 230, numeric: false },
  { key: 'flags', label: 'overview.col.flags', width: 60, numeric: true },
  ...FLAG_RULES.map((r) => ({ key: r, label: RULE_SHORT[r], width: 64, numeric: true })),
  { key: 'units', label: 'overview.col.units', width: 66, numeric: true },
  { key: 'caseworkers', label: 'overview.col.caseworkers', width: 112, numeric: true },
  { key: 'activePlans', label: 'overview.col.activePlans', width: 64, numeric: true },
  { key: 'efforts', label: 'overview.col.efforts', width: 190, numeric: false },
  { key: 'lastActivity', label: 'overview.col.lastActivity', width: 104, numeric: false },
  { key: 'fee', label: 'overview.col.fee', width: 92, numeric: true },
];

/** Text columns read best A-Z first; counts most-first, since the biggest problems are what a team lead looks for. */
export const defaultDir = (key: SortKey) => (key === 'name' ? 'asc' : 'desc');
