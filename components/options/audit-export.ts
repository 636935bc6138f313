import type { AuditExport } from '@/lib/db/export-import';
import type { MessageKey } from '@/lib/i18n';
import { toCsv } from '@/lib/overview/csv';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The citizen's copy of the access log: when, what kind of access, and why (EU Court C-579/21). Not the
 * employee's name and not the free-text detail, which can hold search words or counts about others.
 */
export function citizenAuditJson(log: AuditExport) {
  return { format: log.format, citizenCpr: log.citizenCpr, exportedAt: log.exportedAt, entries: log.entries.map((e) => ({ at: e.at, action: e.action, purpose: e.purpose })) };
}

/** The internal review copy (data protection officer): everything, names included. */
export function reviewAuditJson(log: AuditExport) {
  return log;
}

export function auditCsv(log: AuditExport, t: T, withUser: boolean): string {
  const head = [t('options.audit.col.at'), t('options.audit.col.action'), t('options.audit.col.purpose'), ...(withUser ? [t('options.audit.col.user'), t('options.audit.col.detail')] : [])];
  const rows = log.entries.map((e) => [e.at, t(`options.audit.action.${e.action}` as MessageKey), e.purpose, ...(withUser ? [e.user, e.detail] : [])]);
  return toCsv(head, rows);
}
