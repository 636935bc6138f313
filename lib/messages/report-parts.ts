/** A large page report is sent in parts of this many records (entrypoints/content/send-report.ts says why). */
export const PART_RECORDS = 100;
/** Parts of one report: 200,000 records, far above any page the reader reads (entrypoints/content/limits.ts). */
export const MAX_PARTS = 2000;
