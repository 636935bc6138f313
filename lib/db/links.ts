import type { CaseworkRecord } from '../model';
import { CprDigits } from '../model';
import { ownCpr } from './content';
import type { LinkRow, LinkState, RecordRow } from './rows';
import type { EnPlanDb } from './schema';
import { iso, type InstantInput } from './time';

export type Link = Pick<RecordRow, 'citizenCpr' | 'linkState' | 'suggestedCpr'>;

/**
 * Who a record belongs to, in order of trust: a full CPR on the record itself; a caseworker's confirmed decision;
 * a link the row already had; a suggestion (from the linking engine, or the page's own citizen). A rejected pair is
 * never suggested again.
 */
export function resolveLink(record: CaseworkRecord, prev: Link | undefined, decisions: readonly LinkRow[], pageCpr?: string): Link {
  const cpr = ownCpr(record);
  if (cpr) return { citizenCpr: cpr, linkState: 'auto' };
  const rejected = new Set(decisions.filter((d) => d.decision === 'rejected').map((d) => d.cpr));
  const confirmed = decisions.filter((d) => d.decision === 'confirmed').sort((a, b) => b.at.localeCompare(a.at))[0];
  if (confirmed) return { citizenCpr: confirmed.cpr, linkState: 'confirmed' };
  if (prev?.linkState === 'confirmed' && prev.citizenCpr && !rejected.has(prev.citizenCpr)) return { citizenCpr: prev.citizenCpr, linkState: 'confirmed' };
  // The same source record (same system and native id) shown less precisely (a list masks the CPR its detail page
  // shows) is still the same person: the link stays unless what is shown now contradicts it.
  if (prev?.linkState === 'auto' && prev.citizenCpr && !rejected.has(prev.citizenCpr) && !contradicts(record, prev.citizenCpr)) {
    return { citizenCpr: prev.citizenCpr, linkState: 'auto' };
  }
  // A record whose shown birth date no longer fits keeps pointing at its old citizen, but only as a suggestion.
  const candidates = [prev?.linkState === 'suggested' ? prev.suggestedCpr : undefined, prev?.linkState === 'auto' ? prev.citizenCpr : undefined, pageCpr];
  const suggestion = candidates.find((c): c is string => !!c && !rejected.has(c));
  return suggestion ? { citizenCpr: '', linkState: 'suggested', suggestedCpr: suggestion } : { citizenCpr: '', linkState: 'unlinked' };
}

/** True when the record shows a birth date that is not the CPR's (DDMMYY; a masked CPR's century is a guess). */
function contradicts(record: CaseworkRecord, cpr: string): boolean {
  const birth = record.citizen.birthDate ?? (record.kind === 'citizen' ? record.birthDate : undefined);
  if (!birth) return false;
  const [y, m, d] = birth.split('-') as [string, string, string];
  return `${d}${m}${y.slice(2)}` !== cpr.slice(0, 6);
}

export function withLink<T extends Link>(row: T, link: Link): T {
  const out = { ...row, citizenCpr: link.citizenCpr, linkState: link.linkState };
  if (link.suggestedCpr) out.suggestedCpr = link.suggestedCpr;
  else delete out.suggestedCpr;
  return out;
}

export const sameLink = (a: Link, b: Link) => a.citizenCpr === b.citizenCpr && a.linkState === b.linkState && a.suggestedCpr === b.suggestedCpr;

/**
 * A caseworker's answer to "is this record this citizen's?". Remembered in `links`, so the next ingest of the same
 * record links it the same way, and applied to the stored row at once.
 */
export async function decideLink(
  db: EnPlanDb,
  key: string,
  cpr: string,
  decision: LinkRow['decision'],
  by: string,
  now: InstantInput,
): Promise<RecordRow | undefined> {
  CprDigits.parse(cpr);
  const at = iso(now);
  return db.transaction('rw', [db.links, db.records, db.citizens], async () => {
    await db.links.put({ recordKey: key, cpr, decision, by, at });
    const row = await db.records.get(key);
    if (!row) return undefined;
    const decisions = await db.links.where('recordKey').equals(key).toArray();
    const prev: Link = decision === 'rejected' && (row.citizenCpr === cpr || row.suggestedCpr === cpr) ? { citizenCpr: '', linkState: 'unlinked' } : row;
    const next = withLink(row, resolveLink(row.record, prev, decisions));
    await db.records.put(next);
    if (next.citizenCpr && !(await db.citizens.get(next.citizenCpr))) {
      await db.citizens.put({ cpr: next.citizenCpr, name: '', firstSeen: at, lastSeen: at });
    }
    return next;
  });
}

/** For the linking engine: offer a citizen for a record nobody has linked yet, unless that pair was rejected. */
export async function suggestLink(db: EnPlanDb, key: string, cpr: string): Promise<boolean> {
  CprDigits.parse(cpr);
  return db.transaction('rw', [db.links, db.records], async () => {
    const row = await db.records.get(key);
    const open: LinkState[] = ['unlinked', 'suggested'];
    if (!row || !open.includes(row.linkState)) return false;
    if (await db.links.get([key, cpr]).then((d) => d?.decision === 'rejected')) return false;
    await db.records.put(withLink(row, { citizenCpr: '', linkState: 'suggested', suggestedCpr: cpr }));
    return true;
  });
}
