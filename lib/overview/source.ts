import type { ImportResult } from '../db/export-import';
import type { AuditAction } from '../db/rows';
import type { ConsentRow } from '../db/rows';
import type { StoredRecord } from '../db/queries';
import type { Flag, RecordKind, RecordStatus, Sector, Settings } from '../model';
import type { Plan } from '../plan/types';

/**
 * Where the team overview gets its data. Today each caseworker's store is local and colleagues exchange export
 * files (LocalStoreSource). A later shared backend implements the same interface, and the page does not change:
 * it only ever talks to a DataSource.
 */
export interface DataSource {
  describe(): SourceDescription;
  /** The small tables (citizens, households, flags, settings): enough to list who has flags, at once. */
  loadCore(): Promise<CoreData>;
  /** The records of some citizens: the rows on the first screen get their columns before the rest is read. */
  recordsOf(cprs: readonly string[]): Promise<OverviewRecord[]>;
  /** Every record, read in chunks so the page stays responsive; `onProgress` gets records read so far and the total. */
  loadRecords(onProgress?: (read: number, total: number) => void): Promise<OverviewRecord[]>;
  /** The read-only plan view of one citizen (and their household). */
  citizen(cpr: string): Promise<CitizenDetail | undefined>;
  /** Adds a colleague's export file to the union. A backend that already holds everyone's data may refuse. */
  contribute(fileText: string): Promise<ContributeResult>;
  /** Appends to the access log; the user and time are the source's to fill in. */
  log(entry: OverviewAuditEntry): Promise<void>;
}

export interface SourceDescription {
  kind: 'local-files' | 'shared';
  /** Can the page offer "add a colleague's file"? */
  acceptsFiles: boolean;
}

export interface OverviewAuditEntry {
  action: AuditAction;
  citizenCpr?: string;
  /**
   * Citizens the action touched (found by a search, listed in an export): each gets an entry of their own, so a
   * citizen's insight into the log shows it; the entry without a CPR keeps the criteria for the whole action.
   */
  citizens?: readonly string[];
  purpose: string;
  detail: string;
}

/** One record reduced to what the overview counts; the full record is read only on the citizen page. */
export interface OverviewRecord {
  key: string;
  /** The linked citizen; unlinked records are left out of the overview altogether. */
  cpr: string;
  kind: RecordKind;
  sector: Sector;
  system: string;
  status?: RecordStatus;
  unit?: string;
  caseworker?: string;
  /** The record's own calendar day (requested, started, held ...), YYYY-MM-DD. */
  date?: string;
  category?: string;
  infoType?: string;
  fee?: number;
  /** '' for records this browser read itself, else the colleague whose export it came from. */
  source: string;
  stale: boolean;
}

export interface CoreData {
  /** YYYY-MM-DD; the day "last activity" and the default period are measured from. */
  today: string;
  settings: Settings;
  citizens: { cpr: string; name: string }[];
  families: { id: string; members: string[] }[];
  flags: Flag[];
}

export interface CitizenDetail {
  cpr: string;
  name: string;
  family: { cpr: string; name: string }[];
  records: StoredRecord[];
  /** The one plan (Én plan) this citizen is part of, if there is one; goals and actions that do not read are left out. */
  plan?: Plan;
  flags: Flag[];
  consents: ConsentRow[];
  settings: Settings;
  today: string;
}

export type ContributeResult =
  | { ok: true; result: ImportResult; exportedBy: string; citizens: number }
  | { ok: false; errors: string[] };
