import type { Flag } from '../model';
import { refreshFlags } from '../service/refresh-flags';
import { leaveFamilies } from './family';
import type { PlanRow } from './rows';
import type { EnPlanDb } from './schema';

export interface EraseCounts {
  records: number;
  recordHistory: number;
  links: number;
  flags: number;
  plans: number;
  consents: number;
  families: number;
  citizens: number;
}

/**
 * Removes one CPR from every table but the audit log. Runs inside the caller's transaction over all tables.
 * Indexes find the rows that hold the CPR in a known field; the history is scanned, because an old version of
 * any record (a relative's record listing the person, a record later relinked) may hold it.
 */
export async function eraseCitizen(db: EnPlanDb, cpr: string, now: string): Promise<EraseCounts> {
  const keys = (await db.records.where('citizenCpr').equals(cpr).primaryKeys()) as string[];
  const gone = new Set(keys);
  await db.records.bulkDelete(keys);

  await db.records.where('suggestedCpr').equals(cpr).modify((row) => {
    row.linkState = 'unlinked';
    delete row.suggestedCpr;
  });
  // Relatives' citizen records list the person among their relations.
  await db.records
    .where('kind')
    .equals('citizen')
    .modify((row) => {
      if (row.record.kind === 'citizen' && row.record.relations.some((r) => r.cpr === cpr)) {
        row.record = { ...row.record, relations: row.record.relations.filter((r) => r.cpr !== cpr) };
      }
    });

  const history = await db.recordHistory.filter((h) => gone.has(h.recordKey) || JSON.stringify(h).includes(cpr)).primaryKeys();
  await db.recordHistory.bulkDelete(history);

  const linksByCpr = await db.links.where('cpr').equals(cpr).primaryKeys();
  const linksByRecord = keys.length ? await db.links.where('recordKey').anyOf(keys).primaryKeys() : [];
  const links = [...new Map([...linksByCpr, ...linksByRecord].map((k) => [k.join('\u0000'), k])).values()];
  await db.links.bulkDelete(links);

  const plans = await scrubPlans(db, cpr);
  const consents = await db.consents.where('citizenCpr').equals(cpr).delete();
  const families = await leaveFamilies(db, cpr);
  const citizens = (await db.citizens.get(cpr)) ? 1 : 0;
  await db.citizens.delete(cpr);
  // After the family is left: the household re-examined must no longer include the person.
  const flags = await scrubFlags(db, (f) => f.citizens.includes(cpr) || f.recordKeys.some((k) => gone.has(k)), cpr, now);
  return { records: keys.length, recordHistory: history.length, links: links.length, flags, plans, consents, families, citizens };
}

/**
 * Drops every flag that rests on a gone citizen or record and detects again for the others they named. Editing a flag
 * in place would leave a reason that names the person and a "parallel efforts" flag resting on one effort.
 */
export async function scrubFlags(db: EnPlanDb, concerns: (f: Flag) => boolean, cpr: string | undefined, now: string): Promise<number> {
  const flags = await db.flags.filter(concerns).toArray();
  await db.flags.bulkDelete(flags.map((f) => f.id));
  const others = [...new Set(flags.flatMap((f) => f.citizens))].filter((c) => c !== cpr);
  await refreshFlags(db, others, now);
  return flags.length;
}

async function scrubPlans(db: EnPlanDb, cpr: string): Promise<number> {
  const plans = await db.plans.where('citizens').equals(cpr).toArray();
  for (const plan of plans) {
    const history = await db.planHistory.where('planId').equals(plan.id).toArray();
    const next = scrubPlan(plan, cpr);
    if (!next) {
      await db.plans.delete(plan.id);
      await db.planHistory.bulkDelete(history.map((h) => [h.planId, h.version] as [string, number]));
      continue;
    }
    await db.plans.put(next);
    for (const h of history) {
      const old = scrubPlan(h.plan, cpr);
      if (old) await db.planHistory.put({ ...h, plan: old });
      else await db.planHistory.delete([h.planId, h.version]);
    }
  }
  return plans.length;
}

/**
 * The plan without the person, or undefined when no one is left. Goals and actions are defined by the plan module;
 * an item that belongs to the person (citizenCpr/cpr, or only them in `citizens`) is dropped, and the CPR is taken
 * out of any other array or field it appears in.
 */
export function scrubPlan(plan: PlanRow, cpr: string): PlanRow | undefined {
  const citizens = plan.citizens.filter((c) => c !== cpr);
  if (!citizens.length) return undefined;
  const items = (xs: Record<string, unknown>[]) => xs.filter((x) => !belongsTo(x, cpr)).map((x) => strip(x, cpr) as Record<string, unknown>);
  return { ...plan, citizens, goals: items(plan.goals), actions: items(plan.actions) };
}

function belongsTo(item: Record<string, unknown>, cpr: string): boolean {
  if (item.citizenCpr === cpr || item.cpr === cpr) return true;
  const cs = item.citizens;
  return Array.isArray(cs) && cs.length > 0 && cs.every((c) => c === cpr);
}

function strip(value: unknown, cpr: string): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== cpr).map((v) => strip(v, cpr));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== cpr).map(([k, v]) => [k, strip(v, cpr)]));
  }
  return value;
}
