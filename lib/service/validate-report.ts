import { CaseworkRecord, type PageReport, type ReadError } from '../model';
import { PageReportShell } from '../messages/content';
import { classifyRecord } from '../taxonomy/classify';

/**
 * Validates a page report from a content script record by record, each once classified (lib/taxonomy/classify.ts):
 * a record that fails its schema is dropped and reported with the failing field, the rest of the page is kept. The
 * report must come from the sender's own system, so one system's page cannot write another system's records.
 */
export function validateReport(raw: unknown, expectedSystem: string): { report?: PageReport; problem?: string } {
  const shell = PageReportShell.safeParse(raw);
  if (!shell.success) return { problem: `malformed page report: ${shell.error.issues[0]?.path.join('.')} ${shell.error.issues[0]?.message}` };
  const report = shell.data;
  if (report.system !== expectedSystem) return { problem: `report for ${report.system} from a page of ${expectedSystem}` };
  const records: CaseworkRecord[] = [];
  const errors: ReadError[] = [...report.errors];
  report.records.forEach((candidate, i) => {
    const parsed = CaseworkRecord.safeParse(classifyRecord(candidate));
    const kind = String((candidate as { kind?: unknown })?.kind ?? 'record');
    if (parsed.success && parsed.data.system === report.system) {
      records.push(parsed.data);
      return;
    }
    const issue = parsed.success ? { path: ['system'], message: 'record of another system' } : parsed.error.issues[0]!;
    errors.push({
      system: report.system,
      pageType: report.pageType,
      recordKind: kind,
      record: String((candidate as { nativeId?: unknown })?.nativeId ?? `row ${i + 1}`),
      field: issue.path.join('.') || kind,
      message: issue.message,
    });
  });
  return { report: { ...report, records, errors } };
}
