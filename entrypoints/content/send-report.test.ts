import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { effort, report } from '@/lib/db/test-fixtures';
import { ContentMessage } from '@/lib/messages/content';
import { sendReport } from './send-report';

const PAGE = 'http://sag.example/borger/1';
const pageOf = (n: number) => report(Array.from({ length: n }, (_, i) => effort(`E${i}`, '0101831234')), { url: PAGE });

let sent: Record<string, unknown>[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
});
afterEach(() => vi.restoreAllMocks());

/** Every message must pass the background's schema, as in the router. */
function answer(reply: (m: Record<string, unknown>) => unknown) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: Record<string, unknown>) => {
    expect(ContentMessage.safeParse(m).success).toBe(true);
    sent.push(m);
    return reply(m);
  }) as never);
}

describe('sendReport', () => {
  it('sends a small report as one message', async () => {
    answer(() => ({ stored: 100 }));
    expect(await sendReport({ frameUrl: PAGE, report: pageOf(100) })).toEqual({ stored: 100 });
    expect(sent.map((m) => m.type)).toEqual(['page-report']);
    expect((sent[0]!.report as { records: unknown[] }).records).toHaveLength(100);
  });

  it('sends a large one in parts of 100 records, then the rest of it naming them', async () => {
    answer((m) => (m.type === 'page-report' ? { stored: 250 } : undefined));
    const page = pageOf(250);
    expect(await sendReport({ frameUrl: PAGE, report: page, followed: true })).toEqual({ stored: 250 });
    expect(sent.map((m) => [m.type, m.index, (m.records as unknown[] | undefined)?.length])).toEqual([
      ['page-report-part', 0, 100],
      ['page-report-part', 1, 100],
      ['page-report-part', 2, 50],
      ['page-report', undefined, undefined],
    ]);
    const ids = new Set(sent.map((m) => m.reportId));
    expect(ids.size).toBe(1);
    const closing = sent[3]!;
    expect(closing).toMatchObject({ frameUrl: PAGE, followed: true, parts: 3, report: { ...page, records: [] } });
    expect(sent.slice(0, 3).flatMap((m) => m.records as unknown[])).toEqual(page.records);
  });

  it('sends it once more, under a new id, when the background lost the parts', async () => {
    let closings = 0;
    answer((m) => (m.type === 'page-report' ? (++closings === 1 ? { resend: true } : { stored: 150 }) : undefined));
    expect(await sendReport({ frameUrl: PAGE, report: pageOf(150) })).toEqual({ stored: 150 });
    expect(sent.map((m) => m.type)).toEqual(['page-report-part', 'page-report-part', 'page-report', 'page-report-part', 'page-report-part', 'page-report']);
    expect(sent[0]!.reportId).not.toBe(sent[3]!.reportId);
  });
});
