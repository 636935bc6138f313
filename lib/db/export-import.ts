import type { Table } from 'dexie';
import { contentOf, stableStringify } from './content';
import { EXPORT_FORMAT, validateExport, type ExportFile } from './export-file';
import { joinHousehold } from './family';
import { resolveLink, withLink } from './links';
import type { AuditRow, CitizenRow, ConsentRow, PlanRow, RecordHistoryRow, RecordRow } from './rows';
import { SCHEMA_VERSION, type EnPlanDb } from './schema';
import { earlier, iso, type InstantInput } from './time';

export { EXPORT_FORMAT, ExportFile, validateExport } from './export-file';

const exportTables = (db: EnPlanDb) =>
  [db.records, db.recordHistory, db.citizens, db.families, db.links, db.flags, db.plans, db.planHistory, db.consents] as Table[];

/** Everything but the audit log (exported per citizen, see exportAuditFor) and settings. */
export async function exportAll(db: EnPlanDb, exportedBy: string, now: InstantInput = new Date()): Promise<ExportFile> {
  return db.transaction('r', exportTables(db), async () => ({
    ...header(exportedBy, now),
    records: await db.records.toArray(),
    recordHistory: await db.recordHistory.toArray(),
    citizens: await db.citizens.toArray(),
    families: await db.families.toArray(),
    links: await db.links.toArray(),
    flags: await db.flags.toArray(),
    plans: await db.plans.toArray(),
    planHistory: await db.planHistory.toArray(),
    consents: await db.consents.toArray(),
  }));
}

/**
 * The data of some citizens (one person, or a family: pass familyOf's result). Shared rows (family, flags, plans)
 * are included only when they concern no one outside `cprs`, and a family lists only the exported members, so an
 * export for one person does not carry another person's CPR in those rows.
 */
export async function exportCitizens(db: EnPlanDb, cprs: readonly string[], exportedBy: string, now: InstantInput = new Date()): Promise<ExportFile> {
  const scope = new Set(cprs);
  const inScope = (cs: readonly string[]) => cs.every((c) => scope.has(c));
  const list = [...scope];
  return db.transaction('r', exportTables(db), async () => {
    const records = await db.records.where('citizenCpr').anyOf(list).toArray();
    const keys = records.map((r) => r.key);
    const plans = (await db.plans.where('citizens').anyOf(list).distinct().toArray()).filter((p) => inScope(p.citizens));
    return {
      ...header(exportedBy, now),
      records,
      recordHistory: keys.length ? await db.recordHistory.where('recordKey').anyOf(keys).toArray() : [],
      citizens: (await db.citizens.bulkGet(list)).filter((c): c is CitizenRow => !!c),
      families: (await db.families.where('members').anyOf(list).distinct().toArray())
        .map((f) => ({ ...f, members: f.members.filter((m) => scope.has(m)) }))
        .filter((f) => f.members.length > 1),
      links: await db.links.where('cpr').anyOf(list).toArray(),
      flags: (await db.flags.where('citizens').anyOf(list).distinct().toArray()).filter((f) => inScope(f.citizens)),
      plans,
      planHistory: plans.length ? await db.planHistory.where('planId').anyOf(plans.map((p) => p.id)).toArray() : [],
      consents: await db.consents.where('citizenCpr').anyOf(list).toArray(),
    };
  });
}

function header(exportedBy: string, now: InstantInput) {
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: iso(now), exportedBy } as const;
}

export interface AuditExport {
  format: 'en-plan-audit';
  citizenCpr: string;
  exportedAt: string;
  entries: Omit<AuditRow, 'id' | 'citizenCpr'>[];
}

/**
 * A citizen's insight into who looked them up. By default without the employee's name: the citizen is entitled to
 * dates and purposes (EU Court C-579/21), not to the names; `includeUser` is for the DPO's own review.
 */
export async function exportAuditFor(db: EnPlanDb, cpr: string, options: { now?: InstantInput; includeUser?: boolean } = {}): Promise<AuditExport> {
  const rows = (await db.audit.where('citizenCpr').equals(cpr).toArray()).sort((a, b) => a.at.localeCompare(b.at));
  return {
    format: 'en-plan-audit',
    citizenCpr: cpr,
    exportedAt: iso(options.now ?? new Date()),
    entries: rows.map(({ id: _id, citizenCpr: _c, user, ...rest }) => (options.includeUser ? { ...rest, user } : { ...rest, user: '' })),
  };
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Rows the store already had in the same or a newer version. */
  skippedOlder: number;
  /** Why the file was refused, one line per problem with its path; when not empty, nothing was changed. */
  errors: string[];
}

/**
 * Imports a file made by exportAll/exportCitizens. The whole file is validated before anything is written, and
 * written in one transaction: a bad file changes nothing. A row replaces the local one only when it is newer
 * (lastSeen, at, statusAt, updatedAt), so importing an old backup can never roll back what this browser knows.
 */
export async function importData(db: EnPlanDb, json: unknown, now: InstantInput): Promise<ImportResult> {
  const checked = validateExport(json);
  if (!checked.file) return { added: 0, updated: 0, skippedOlder: 0, errors: checked.errors };
  const file = checked.file;
  const at = iso(now);
  const n = { added: 0, updated: 0, skippedOlder: 0 };
  const count = (outcome: Outcome) => outcome !== 'skipped' && outcome !== 'same' ? n[outcome]++ : n.skippedOlder++;

  await db.transaction('rw', exportTables(db), async () => {
    for (const o of await mergeNewer(db.links, file.links, (l) => [l.recordKey, l.cpr], (l) => l.at)) count(o);
    // Family ids are local to each browser: households are rebuilt from the file's families below.
    const citizens = file.citizens.map(({ familyId: _f, ...c }) => c);
    for (const o of await mergeNewer(db.citizens, citizens, (c) => c.cpr, (c) => c.lastSeen, mergeCitizen)) count(o);
    for (const row of file.records) count(await importRecord(db, row, file.exportedBy, at));
    await ensureCitizens(db, [...file.records.map((r) => r.citizenCpr), ...file.families.flatMap((f) => f.members)], at);
    for (const h of file.recordHistory) count(await importHistory(db, h));
    for (const f of file.families) count((await joinHousehold(db, f.members, at)).length ? 'updated' : 'same');
    for (const o of await mergeNewer(db.flags, file.flags, (f) => f.id, (f) => f.statusAt ?? f.detectedAt)) count(o);
    for (const p of file.plans) count(await importPlan(db, p));
    for (const o of await mergeNewer(db.planHistory, file.planHistory, (h) => [h.planId, h.version], () => '')) count(o);
    for (const o of await mergeNewer(db.consents, file.consents, (c) => c.id, consentStamp, keepWithdrawal)) count(o);
  });
  return { ...n, errors: [] };
}

type Outcome = 'added' | 'updated' | 'skipped' | 'same';

async function mergeNewer<T, K extends string | [string, string] | [string, number]>(
  table: Table<T, K>,
  rows: readonly T[],
  keyOf: (row: T) => K,
  stamp: (row: T) => string,
  combine: (incoming: T, mine: T) => T = (incoming) => incoming,
): Promise<Outcome[]> {
  const mine = await table.bulkGet(rows.map(keyOf));
  const outcomes: Outcome[] = [];
  const puts: T[] = [];
  rows.forEach((row, i) => {
    const local = mine[i];
    if (!local) {
      puts.push(row);
      outcomes.push('added');
    } else if (stamp(row) > stamp(local)) {
      puts.push(combine(row, local));
      outcomes.push('updated');
    } else outcomes.push('skipped');
  });
  await table.bulkPut(puts);
  return outcomes;
}

const mergeCitizen = (incoming: CitizenRow, mine: CitizenRow): CitizenRow => {
  const row: CitizenRow = { ...mine, name: incoming.name || mine.name, lastSeen: incoming.lastSeen, firstSeen: earlier(mine.firstSeen, incoming.firstSeen) };
  const birthDate = incoming.birthDate ?? mine.birthDate;
  if (birthDate) row.birthDate = birthDate;
  return row;
};

const consentStamp = (c: ConsentRow) => (c.withdrawnAt && c.withdrawnAt > c.givenAt ? c.withdrawnAt : c.givenAt);
/** A withdrawn consent stays withdrawn: an import must never bring back a consent the citizen took back. */
const keepWithdrawal = (incoming: ConsentRow, mine: ConsentRow): ConsentRow =>
  mine.withdrawnAt && !incoming.withdrawnAt ? { ...incoming, withdrawnAt: mine.withdrawnAt, withdrawnBy: mine.withdrawnBy } : incoming;

async function importRecord(db: EnPlanDb, row: RecordRow, exportedBy: string, at: string): Promise<Outcome> {
  const mine = await db.records.get(row.key);
  if (mine && row.lastSeen <= mine.lastSeen) return 'skipped';
  const decisions = await db.links.where('recordKey').equals(row.key).toArray();
  // A caseworker's confirmed link here outranks whatever state the other browser had.
  const link = resolveLink(row.record, mine?.linkState === 'confirmed' ? mine : row, decisions);
  const next: RecordRow = withLink({ ...row, importedFrom: exportedBy, importedAt: at }, link);
  if (mine) {
    next.firstSeen = earlier(mine.firstSeen, row.firstSeen);
    next.listScopes = [...new Set([...mine.listScopes, ...row.listScopes])];
    if (contentOf(mine.record) !== contentOf(row.record)) {
      await db.recordHistory.add({ recordKey: row.key, changedAt: at, previous: mine.record, previousLastSeen: mine.lastSeen });
    }
  }
  await db.records.put(next);
  return mine ? 'updated' : 'added';
}

async function importHistory(db: EnPlanDb, h: RecordHistoryRow): Promise<Outcome> {
  const { id: _id, ...entry } = h;
  const same = stableStringify(entry);
  const existing = await db.recordHistory.where('recordKey').equals(h.recordKey).toArray();
  if (existing.some(({ id: _i, ...e }) => stableStringify(e) === same)) return 'same';
  await db.recordHistory.add(entry);
  return 'added';
}

async function importPlan(db: EnPlanDb, plan: PlanRow): Promise<Outcome> {
  const mine = await db.plans.get(plan.id);
  if (mine && (plan.updatedAt < mine.updatedAt || (plan.updatedAt === mine.updatedAt && plan.version <= mine.version))) return 'skipped';
  // The local version being replaced stays readable in the plan's history.
  if (mine && !(await db.planHistory.get([mine.id, mine.version]))) {
    await db.planHistory.put({ planId: mine.id, version: mine.version, savedAt: mine.updatedAt, plan: mine });
  }
  await db.plans.put(plan);
  return mine ? 'updated' : 'added';
}

async function ensureCitizens(db: EnPlanDb, cprs: string[], at: string) {
  const wanted = [...new Set(cprs.filter(Boolean))];
  const have = await db.citizens.bulkGet(wanted);
  const missing = wanted.filter((_, i) => !have[i]);
  await db.citizens.bulkAdd(missing.map((cpr) => ({ cpr, name: '', firstSeen: at, lastSeen: at })));
}
