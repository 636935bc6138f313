import type { EnPlanDb } from '../db/schema';
import { suggestLink } from '../db/links';
import { ownCpr } from '../db/content';
import { linkRecords } from '../link';
import { recordKey, type CaseworkRecord, type PageReport } from '../model';

/**
 * After an ingest: records that name their citizen only by masked CPR or name + birth date get a SUGGESTED link to a
 * known citizen, which a caseworker confirms or rejects in the panel. Ambiguous cases (namesakes) suggest no one.
 */
export async function suggestLinksFor(db: EnPlanDb, report: PageReport): Promise<number> {
  // A record with its own full CPR is linked by it (ingest's resolveLink): only the others can need a suggestion.
  const keys = report.records.filter((r) => !ownCpr(r)).map(recordKey);
  if (!keys.length) return 0;
  const rows = await db.records.bulkGet(keys);
  const open = rows.filter((r) => r && (r.linkState === 'unlinked' || r.linkState === 'suggested') && !r.suggestedCpr);
  if (!open.length) return 0;
  const birthDates = new Set(open.map((r) => r!.record.citizen.birthDate).filter(Boolean));
  const known = await db.citizens.filter((c) => !!c.birthDate && birthDates.has(c.birthDate)).toArray();
  if (!known.length) return 0;
  // The linker compares records with records: present each known citizen as the record the store knows it by.
  const profiles: CaseworkRecord[] = known.map((c) => ({
    kind: 'citizen',
    system: 'en-plan',
    sector: 'job',
    nativeId: c.cpr,
    citizen: { cpr: c.cpr, name: c.name || undefined, birthDate: c.birthDate },
    name: c.name || c.cpr,
    cpr: c.cpr,
    birthDate: c.birthDate,
    relations: [],
    provenance: { system: 'en-plan', url: 'store', adapterId: 'store', adapterVersion: '0', seenAt: c.lastSeen },
  }));
  const decisions = await db.links.where('recordKey').anyOf(open.map((r) => r!.key)).toArray();
  const result = linkRecords([...profiles, ...open.map((r) => r!.record)], decisions);
  let made = 0;
  for (const s of result.suggestions) {
    const only = s.candidates[0];
    if (s.ambiguous || s.candidates.length !== 1 || !only) continue;
    if (await suggestLink(db, s.recordKey, only.cpr)) made++;
  }
  return made;
}
