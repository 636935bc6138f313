import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFile } from '../../lib/db/export-import';
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
