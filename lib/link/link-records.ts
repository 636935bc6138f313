import { recordKey, type CaseworkRecord } from '../model/record';
import { birthKey, cprBirthDate, normaliseCpr } from './cpr';
import { nameSimilarity } from './name';
import type { LinkCandidate, LinkDecision, LinkReason, LinkResult, LinkSuggestion } from './types';

/** Below this a name resemblance is not worth a caseworker's attention. */
export const MIN_SUGGESTION_SCORE = 0.7;
/** The century of a masked CPR is a parser's guess; a match that relies on ignoring it counts for less. */
const CENTURY_PENALTY = 0.9;

type Profile = { names: Set<string>; birthDates: Set<string> };

function ownCpr(r: CaseworkRecord): string | undefined {
  return normaliseCpr(r.citizen.cpr) ?? (r.kind === 'citizen' ? normaliseCpr(r.cpr) : undefined);
}

function refOf(r: CaseworkRecord): { name?: string; birthDate?: string } {
  const fromCitizen = r.kind === 'citizen' ? { name: r.name, birthDate: r.birthDate } : {};
  return { name: r.citizen.name ?? fromCitizen.name, birthDate: r.citizen.birthDate ?? fromCitizen.birthDate };
}

/** Everything we have seen a full-CPR citizen called and born as, including relatives named on citizen pages. */
function knownProfiles(records: CaseworkRecord[]): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  const add = (cpr: string, name?: string, birthDate?: string) => {
    let p = profiles.get(cpr);
    if (!p) {
      p = { names: new Set(), birthDates: new Set() };
      const implied = cprBirthDate(cpr);
      if (implied) p.birthDates.add(implied);
      profiles.set(cpr, p);
    }
    if (name) p.names.add(name);
    if (birthDate) p.birthDates.add(birthDate);
  };
  for (const r of records) {
    const cpr = ownCpr(r);
    if (cpr) {
      const ref = refOf(r);
      add(cpr, ref.name, ref.birthDate);
      if (r.kind === 'citizen') add(cpr, r.name, r.birthDate);
    }
    if (r.kind === 'citizen') {
      for (const rel of r.relations ?? []) {
        const relCpr = normaliseCpr(rel.cpr);
        if (relCpr) add(relCpr, rel.name, rel.birthDate);
      }
    }
  }
  return profiles;
}

function indexByBirthKey(profiles: Map<string, Profile>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [cpr, p] of profiles) {
    for (const key of new Set([...p.birthDates].map(birthKey))) {
      const list = index.get(key);
      if (list) list.push(cpr);
      else index.set(key, [cpr]);
    }
  }
  return index;
}

function scoreCandidate(profile: Profile, name: string, birthDate: string): Omit<LinkCandidate, 'cpr'> | undefined {
  const exactDate = profile.birthDates.has(birthDate);
  if (!exactDate && ![...profile.birthDates].some((d) => birthKey(d) === birthKey(birthDate))) return undefined;
  let best: ReturnType<typeof nameSimilarity>;
  for (const known of profile.names) {
    const m = nameSimilarity(name, known);
    if (m && (!best || m.score > best.score)) best = m;
  }
  if (!best) return undefined;
  const score = Math.round(best.score * (exactDate ? 1 : CENTURY_PENALTY) * 1000) / 1000;
  if (score < MIN_SUGGESTION_SCORE) return undefined;
  return { score, reasons: [exactDate ? 'birth-date' : 'birth-date-century', ...best.reasons] };
}

/** Last decision per (record, CPR) wins, so a caseworker can take back a confirmation. */
function latestDecisions(decisions: LinkDecision[]): Map<string, Map<string, LinkDecision['decision']>> {
  const byRecord = new Map<string, Map<string, LinkDecision['decision']>>();
  for (const d of decisions) {
    const cpr = normaliseCpr(d.cpr);
    if (!cpr) continue;
    let m = byRecord.get(d.recordKey);
    if (!m) byRecord.set(d.recordKey, (m = new Map()));
    m.delete(cpr);
    m.set(cpr, d.decision);
  }
  return byRecord;
}

function confirmedCpr(decided: Map<string, LinkDecision['decision']> | undefined): string | undefined {
  let last: string | undefined;
  for (const [cpr, d] of decided ?? []) if (d === 'confirmed') last = cpr;
  return last;
}

/**
 * Joins records to citizens. Only a full CPR (the record's own, or one a caseworker confirmed) links; a name
 * with a matching birth date only ever yields a suggestion, and several fitting citizens yield one suggestion
 * naming all of them.
 */
export function linkRecords(records: CaseworkRecord[], decisions: LinkDecision[] = []): LinkResult {
  const profiles = knownProfiles(records);
  const byBirth = indexByBirthKey(profiles);
  const decided = latestDecisions(decisions);
  const byCitizen = new Map<string, string[]>();
  const suggestions: LinkSuggestion[] = [];
  const unlinked: string[] = [];
  const seen = new Set<string>();
  // Many records of one person share the same reference: score each distinct reference once.
  const candidateCache = new Map<string, LinkCandidate[]>();

  const link = (cpr: string, key: string) => {
    const list = byCitizen.get(cpr);
    if (list) list.push(key);
    else byCitizen.set(cpr, [key]);
  };

  for (const r of records) {
    const key = recordKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    // A record's own full CPR outranks any decision: decisions exist for records that lack one.
    const cpr = ownCpr(r) ?? confirmedCpr(decided.get(key));
    if (cpr) {
      link(cpr, key);
      continue;
    }
    const { name, birthDate } = refOf(r);
    if (!name || !birthDate) {
      unlinked.push(key);
      continue;
    }
    const sig = `${birthDate}\u0000${name}`;
    let candidates = candidateCache.get(sig);
    if (!candidates) {
      candidates = [];
      for (const c of byBirth.get(birthKey(birthDate)) ?? []) {
        const s = scoreCandidate(profiles.get(c)!, name, birthDate);
        if (s) candidates.push({ cpr: c, ...s });
      }
      candidates.sort((a, b) => b.score - a.score || (a.cpr < b.cpr ? -1 : 1));
      candidateCache.set(sig, candidates);
    }
    const rejected = decided.get(key);
    const open = candidates.filter((c) => rejected?.get(c.cpr) !== 'rejected');
    const best = open[0];
    if (!best) {
      unlinked.push(key);
      continue;
    }
    const ambiguous = open.length > 1;
    const reasons: LinkReason[] = ambiguous ? ['namesake', ...best.reasons] : [...best.reasons];
    suggestions.push({ recordKey: key, candidates: open, score: best.score, reasons, ambiguous });
  }
  return { byCitizen, suggestions, unlinked };
}
