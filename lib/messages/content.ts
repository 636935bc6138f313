import { z } from 'zod';
import { CitizenRef, PageReport } from '../model';
import { MAX_PARTS, PART_RECORDS } from './report-parts';

/** A page report sent in parts: 16 random bytes in hex (entrypoints/content/send-report.ts). */
const ReportId = z.string().regex(/^[0-9a-f]{32}$/);
/** lib/adapters/fingerprint.ts `Hash.digest`. */
const Fingerprint = z.string().max(40);

/** Messages a content script may send. The background trusts none of it beyond these shapes. */
export const ContentMessage = z.discriminatedUnion('type', [
  /**
   * `followed`: a further page of a list, fetched when the caseworker asked; it is not what the frame shows.
   * `reportId` and `parts`: the report's records came ahead of it in that many `page-report-part` messages
   * (entrypoints/content/send-report.ts); its own `records` are then empty. `fingerprint`: the page's, read before and
   * after the report and the same both times (lib/adapters/fingerprint.ts).
   */
  z.object({
    type: z.literal('page-report'),
    frameUrl: z.string(),
    report: z.unknown(),
    followed: z.boolean().optional(),
    fingerprint: Fingerprint.optional(),
    reportId: ReportId.optional(),
    parts: z.number().int().min(1).max(MAX_PARTS).optional(),
  }),
  z.object({
    type: z.literal('page-report-part'),
    reportId: ReportId,
    index: z.number().int().min(0).max(MAX_PARTS - 1),
    records: z.array(z.unknown()).max(PART_RECORDS),
  }),
  z.object({ type: z.literal('page-none'), frameUrl: z.string() }),
  /** Before a full read: is the page as it was when last read in full (lib/service/page-reads.ts)? Answered true or false. */
  z.object({ type: z.literal('page-unchanged'), frameUrl: z.string().max(4000), fingerprint: Fingerprint }),
  /** The frame's page has loaded: the background injects the reader into it (entrypoints/content/index.ts). */
  z.object({ type: z.literal('page-loaded') }),
  /** The reader, just injected, asks for its system's adapter (pure data: lib/adapters/spec.ts). */
  z.object({ type: z.literal('reader-adapter') }),
  /** The top frame's page starts to load (document_start): the first view, if this address is known to show one citizen. */
  z.object({ type: z.literal('page-open'), frameUrl: z.string().max(4000) }),
  /**
   * Sent right after the page type is recognised, before the (slower) full read: who the page is about, so the panel
   * can show what the store already knows at once. The full page-report follows and may correct it. `firstView`: the
   * page is loading, and the tab's panel with it; the background sends the top frame what its content script draws
   * meanwhile (lib/service/first-view.ts).
   */
  z.object({ type: z.literal('page-identity'), frameUrl: z.string(), pageType: z.string().max(100), citizen: CitizenRef, firstView: z.boolean().optional() }),
  z.object({
    type: z.literal('precheck'),
    system: z.string(),
    citizen: CitizenRef.optional(),
    infoTypeLabel: z.string().max(300),
    recipient: z.string().max(300).optional(),
  }),
  z.object({ type: z.literal('submit-blocked') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Page reports are validated record by record, so one bad record cannot sink the others: see ingest-report.ts. */
export const PageReportShell = PageReport.omit({ records: true }).extend({ records: z.array(z.unknown()) });
