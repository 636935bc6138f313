import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFile } from '../../lib/db/export-import';
import type { RecordRow } from '../../lib/db/rows';
import type { Flag } from '../../lib/model';
import { eventDay } from '../../lib/overview/project';
import { generatePopulation, type PopulationOptions } from '../../lib/overview/test-population';
import { expect, readStore } from './fixtures';

/** The day the extension's background sees (refreshFlags detects with the UTC date of `now`). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function population(opts: Partial<PopulationOptions> = {}): ExportFile {
  return generatePopulation({ citizens: 150, seed: 11, today: todayUtc(), exportedBy: 'Testdata', ...opts });
}

/** Writes an export file where a file input can pick it up. */
export function writeExport(file: unknown, name = 'export.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'en-plan-overview-'));
  const path = join(dir, name);
  writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file));
  return path;
}

export async function openOverview(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/overview.html${query}`);
  return page;
}

/** Adds a colleague's file through the overview's own file input, as a team lead would. */
export async function contribute(page: Page, path: string) {
  await page.locator('#team-file').setInputFiles(path);
  await expect(page.getByTestId('sources-status')).toContainText(/lagt sammen med dataene:|has been merged/, { timeout: 60_000 });
  // The page then reads the new union; until it has, the rows are the old ones and the exports stay disabled.
  await expect(page.getByTestId('print')).toBeEnabled({ timeout: 60_000 });
}

export interface AuditEntry {
  at: string;
  user: string;
  citizenCpr?: string;
  action: string;
  purpose: string;
  detail: string;
}
export const auditLog = (sw: Worker) => readStore<AuditEntry>(sw, 'audit');

/** Open flags per rule and per citizen, counted straight from a file: what the page must show. */
export function openFlagCounts(file: ExportFile) {
  const byRule: Record<string, number> = {};
  for (const f of file.flags) if (f.status === 'open') byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return byRule;
}

type OpenFlag = { flag: Flag; records: RecordRow[] };

/** The file's open flags with their records, so a test can count what a filter must leave. */
export function openFlags(file: ExportFile): OpenFlag[] {
  const byKey = new Map(file.records.map((r) => [r.key, r]));
  return file.flags.filter((f) => f.status === 'open').map((flag) => ({ flag, records: flag.recordKeys.map((k) => byKey.get(k)).filter((r): r is RecordRow => !!r) }));
}

export const openFlagsWhere = (file: ExportFile, keep: (f: OpenFlag) => boolean) => openFlags(file).filter(keep).length;

/** The day a flag is dated by for the period filter: its latest record's own day, else when it was found. */
export function latestDay({ flag, records }: OpenFlag): string {
  const days = records.map((r) => eventDay(r.record) ?? '').filter(Boolean).sort();
  return days.at(-1) ?? flag.detectedAt.slice(0, 10);
}

/** CPR numbers named by open flags. */
export const subjectCprs = (file: ExportFile) => new Set(openFlags(file).flatMap((f) => f.flag.citizens));

/** Rows the table must have: one per household (two or more people) or lone citizen named by an open flag. */
export function openSubjects(file: ExportFile): number {
  const household = new Map<string, string>();
  for (const f of file.families) if (f.members.length > 1) for (const m of f.members) if (!household.has(m)) household.set(m, f.id);
  return new Set([...subjectCprs(file)].map((cpr) => household.get(cpr) ?? cpr)).size;
}
