import type { EnPlanDb } from '../db/schema';
import { familyOf, recordsForCitizens } from '../db/queries';
import { checkNewRequest } from '../detect';
import type { CitizenRef } from '../model';
import { matchInfoType } from '../taxonomy/info-types';
import { recordKey } from '../model';
import { loadSettings } from './settings';
import type { PrecheckState } from './tab-context';

/** The form guard's question: does this new request repeat one already made, or ask for what is on file? */
export async function precheckRequest(
  db: EnPlanDb,
  q: { citizen?: CitizenRef; infoTypeLabel: string },
  now: string,
): Promise<PrecheckState> {
  const infoType = matchInfoType(q.infoTypeLabel)?.id;
  const base: PrecheckState = { infoTypeLabel: q.infoTypeLabel, infoType, blocking: false, submitBlocked: false, matches: [] };
  const cpr = q.citizen?.cpr;
  if (!infoType || !cpr) return base;
  const records = await recordsForCitizens(db, await familyOf(db, cpr));
  const result = checkNewRequest({ records, now: now.slice(0, 10), settings: await loadSettings(db) }, { citizenCpr: cpr, infoType });
  const matches = [
    ...result.duplicates.map((m) => ({ recordKey: recordKey(m.record), why: 'duplicate' as const, reason: m.reason })),
    ...result.onFile.map((m) => ({ recordKey: recordKey(m.record), why: 'on-file' as const, reason: m.reason })),
  ];
  return { ...base, matches, blocking: matches.length > 0 };
}
