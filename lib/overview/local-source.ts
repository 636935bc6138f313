import { logAccess } from '../db/audit';
import type { ExportFile } from '../db/export-import';
import { plansFor } from '../db/plans';
import { familyOf, flagsFor, recordsForCitizens } from '../db/queries';
import type { RecordRow } from '../db/rows';
import type { EnPlanDb } from '../db/schema';
import { readPlan } from '../plan/types';
import { loadSettings } from '../service/settings';
import { auditUser } from './audit-user';
import { projectRecord } from './project';
import type { CitizenDetail, ContributeResult, CoreData, DataSource, OverviewAuditEntry, OverviewRecord } from './source';

/**
 * The team's data as this browser holds it: its own reads plus colleagues' export files merged into the same
 * store. Merging (not keeping files apart) is what makes the union free of duplicates: a record has one key
 * whoever read it, and the store keeps the newest version with `importedFrom` naming whose it was.
 */
const CHUNK = 4_000;

const project = (rows: RecordRow[]) => rows.map(projectRecord).filter((r): r is OverviewRecord => !!r);

const IMPORT_PURPOSE = 'Teamoverblik: samlet data fra kollegers eksport';

export class LocalStoreSource implements DataSource {
  constructor(
    private readonly db: EnPlanDb,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  describe() {
    return { kind: 'local-files', acceptsFiles: true } as const;
  }

  async loadCore(): Promise<CoreData> {
    const db = this.db;
    const [settings, citizens, families, flags] = await db.transaction('r', [db.settings, db.citizens, db.families, db.flags], () =>
      Promise.all([loadSettings(db), db.citizens.toArray(), db.families.toArray(), db.flags.toArray()]),
    );
    return {
      today: this.today(),
      settings,
      citizens: citizens.map((c) => ({ cpr: c.cpr, name: c.name })),
      families: families.map((f) => ({ id: f.id, members: f.members })),
      flags,
    };
  }

  async recordsOf(cprs: readonly string[]): Promise<OverviewRecord[]> {
    if (!cprs.length) return [];
    // One index getAll per citizen, all in one transaction: anyOf() would walk a cursor record by record, and each
    // cursor step is a round trip to the browser's IndexedDB backend (several hundred ms for the first screen).
    const table = this.db.records;
    const rows = await this.db.transaction('r', table, () => Promise.all([...new Set(cprs)].map((cpr) => table.where('citizenCpr').equals(cpr).toArray())));
    return project(rows.flat());
  }

  async loadRecords(onProgress?: (read: number, total: number) => void): Promise<OverviewRecord[]> {
    const table = this.db.records;
    const total = await table.count();
    const out: OverviewRecord[] = [];
    let read = 0;
    let after: string | undefined;
    // Chunks by primary key, with a pause between them: one getAll of 100,000 rows would freeze the page for
    // seconds while the browser deserialises it, and the first screen is already showing by then.
    for (;;) {
      const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
      if (!rows.length) break;
      after = rows[rows.length - 1]!.key;
      read += rows.length;
      for (const r of project(rows)) out.push(r);
      onProgress?.(read, Math.max(total, read));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return out;
  }

  async citizen(cpr: string): Promise<CitizenDetail | undefined> {
    const db = this.db;
    const me = await db.citizens.get(cpr);
    if (!me) return undefined;
    const scope = await familyOf(db, cpr);
    const [people, records, flags, consents, settings, plans] = await Promise.all([
      db.citizens.bulkGet(scope),
      recordsForCitizens(db, scope),
      flagsFor(db, scope),
      db.consents.where('citizenCpr').anyOf(scope).toArray(),
      loadSettings(db),
      plansFor(db, [cpr]),
    ]);
    // The citizen's own plan, newest first (plansFor's order), as the panel would show it.
    const plan = plans[0] ? readPlan(plans[0]).plan : undefined;
    return {
      cpr,
      name: me.name,
      family: people.filter((p): p is NonNullable<typeof p> => !!p && p.cpr !== cpr).map((p) => ({ cpr: p.cpr, name: p.name })),
      records,
      ...(plan ? { plan } : {}),
      flags,
      consents,
      settings,
      today: this.today(),
    };
  }

  async contribute(fileText: string): Promise<ContributeResult> {
    const now = this.clock().toISOString();
    // Loaded on first use: validation and detection are a third of the page's code, and the first screen needs none.
    const [{ importData }, { refreshFlags }] = await Promise.all([import('../db/export-import'), import('../service/refresh-flags')]);
    // importData validates the whole file before it writes anything; a refused file leaves the store as it was.
    const result = await importData(this.db, fileText, now);
    if (result.errors.length) return { ok: false, errors: result.errors };
    const file = JSON.parse(fileText) as ExportFile;
    const cprs = [...new Set(file.records.map((r) => r.citizenCpr).filter(Boolean))];
    // Flags that only the union shows (the jobcenter's request in one file, social services' in another) are
    // found only by detecting again over the merged records.
    await refreshFlags(this.db, cprs, now);
    await this.log({ action: 'import', purpose: IMPORT_PURPOSE, detail: `file from ${file.exportedBy}: ${cprs.length} citizens`, citizens: cprs });
    return { ok: true, result, exportedBy: file.exportedBy, citizens: cprs.length };
  }

  async log({ citizens = [], ...entry }: OverviewAuditEntry): Promise<void> {
    const db = this.db;
    const user = auditUser(await loadSettings(db));
    const at = this.clock();
    await db.transaction('rw', db.audit, async () => {
      await logAccess(db, { ...entry, user }, at);
      for (const cpr of new Set(citizens)) if (cpr !== entry.citizenCpr) await logAccess(db, { ...entry, user, citizenCpr: cpr }, at);
    });
  }

  private today() {
    const d = this.clock();
    // The caseworker's calendar day, not UTC's: a meeting "today" must not turn into yesterday after 23:00 UTC.
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
}
