import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/model';
import { PART_RECORDS } from '@/lib/messages/report-parts';
import { yieldToHost } from './slices';

/**
 * Sends a page report to the background. A message is serialised in the task that sends it, and a 1,000-record
 * report (600 kB) took the host's main thread 25-75 ms to send in one piece: a long task of ours. So a large report
 * goes as parts of PART_RECORDS records, each in a task of its own, and a closing message with the rest of it; the
 * background puts them together (lib/service/report-parts.ts). If the background lost the parts (its worker was
 * stopped in between), it says so and the report is sent once more.
 */
export async function sendReport(message: { frameUrl: string; report: PageReport; followed?: boolean; fingerprint?: string }): Promise<unknown> {
  const { records, ...rest } = message.report;
  if (records.length <= PART_RECORDS) return browser.runtime.sendMessage({ type: 'page-report', ...message });
  let answer: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const reportId = newReportId();
    let index = 0;
    for (let at = 0; at < records.length; at += PART_RECORDS, index++) {
      await yieldToHost();
      await browser.runtime.sendMessage({ type: 'page-report-part', reportId, index, records: records.slice(at, at + PART_RECORDS) });
    }
    await yieldToHost();
    answer = await browser.runtime.sendMessage({ type: 'page-report', ...message, report: { ...rest, records: [] }, reportId, parts: index });
    if (!(answer as { resend?: boolean } | undefined)?.resend) break;
  }
  return answer;
}

/** Not crypto.randomUUID(): that is there only in a secure context, and a case system may be served over plain http. */
function newReportId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
