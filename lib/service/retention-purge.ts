import { purgeExpired, type PurgeResult } from '../db/retention';
import type { EnPlanDb } from '../db/schema';
import type { Settings } from '../model';
import { forgetCitizensInSession } from './forget-citizens';

/** The retention purge, and then the session memory of the citizens it erased (forget-citizens.ts). */
export async function purgeExpiredData(db: EnPlanDb, settings: Pick<Settings, 'retentionDays' | 'auditRetentionDays'>, now: Date): Promise<PurgeResult> {
  const erased: string[] = [];
  const result = await purgeExpired(db, settings, now, (cpr) => erased.push(cpr));
  await forgetCitizensInSession(erased);
  return result;
}
