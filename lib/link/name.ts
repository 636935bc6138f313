/**
 * Name similarity for SUGGESTED links only. Names are never enough to link on their own; this decides whether a
 * record with a matching birth date is worth showing to a caseworker as "probably the same person".
 */

export type NameReason = 'name-exact' | 'name-danish-letters' | 'name-typo' | 'name-order-swapped' | 'name-middle-name' | 'name-initial';

export type NameMatch = { score: number; reasons: NameReason[] };

const MAX_TOKENS = 6;

/** Spellings systems and keyboards produce for the same letter; both sides end up in the ASCII form. */
const LETTERS: [RegExp, string][] = [
  [/æ/g, 'ae'],
  [/ø/g, 'oe'],
  [/å/g, 'aa'],
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
];

/** "Hansen, Trine Marie" is how several systems print names; the order is put back before comparing. */
function reorderComma(name: string): string {
  const i = name.indexOf(',');
  return i < 0 ? name : `${name.slice(i + 1)} ${name.slice(0, i)}`;
}

function rawTokens(name: string): string[] {
  return reorderComma(name)
    .toLowerCase()
    .split(/[\s\-.]+/)
    .map((t) => t.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
}

function foldLetters(token: string): string {
  let t = token;
  for (const [re, to] of LETTERS) t = t.replace(re, to);
  return t.normalize('NFD').replace(/\p{M}/gu, '');
}

export function nameTokens(name: string): string[] {
  return rawTokens(name).map(foldLetters);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest typing slip). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const r0 = rows[0]!;
  for (let j = 0; j <= b.length; j++) r0[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      cur[j] = v;
    }
  }
  return rows[a.length]![b.length]!;
}

type TokenSim = { sim: number; kind: 'exact' | 'typo' | 'initial' };

/**
 * Three-letter names get no typo allowance: Mie/Mia or Ida/Ina are different people, and a twin with the same
 * birth date and surname is exactly the case a loose match would get wrong. The allowance follows the longer
 * token so a dropped letter (Lne for Line) still counts as one slip.
 */
function tokenSim(a: string, b: string): TokenSim | undefined {
  if (a === b) return { sim: 1, kind: 'exact' };
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return { sim: 0.7, kind: 'initial' };
  const len = Math.max(a.length, b.length);
  const allowed = len >= 8 ? 2 : len >= 4 ? 1 : 0;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return undefined;
  const d = editDistance(a, b);
  if (d > allowed) return undefined;
  return { sim: d === 1 ? 0.85 : 0.75, kind: 'typo' };
}

type Assignment = { total: number; sims: TokenSim[]; targets: number[] };

/** Exhaustive over at most 6x6 tokens: small enough, and greedy matching gets swapped/middle names wrong. */
function bestAssignment(short: string[], long: string[]): Assignment | undefined {
  let best: Assignment | undefined;
  const used = new Array<boolean>(long.length).fill(false);
  const sims: TokenSim[] = [];
  const targets: number[] = [];
  const visit = (i: number, total: number): void => {
    if (i === short.length) {
      if (!best || total > best.total) best = { total, sims: [...sims], targets: [...targets] };
      return;
    }
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const s = tokenSim(short[i]!, long[j]!);
      if (!s) continue;
      used[j] = true;
      sims.push(s);
      targets.push(j);
      visit(i + 1, total + s.sim);
      sims.pop();
      targets.pop();
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/**
 * Every token of the shorter name must match a distinct token of the longer one, and at least two tokens must
 * match with at most one of them an initial: a lone given name or surname is never evidence of identity.
 * Returns undefined when the names do not match.
 */
export function nameSimilarity(a: string, b: string): NameMatch | undefined {
  const rawA = rawTokens(a);
  const rawB = rawTokens(b);
  const ta = rawA.map(foldLetters);
  const tb = rawB.map(foldLetters);
  const aShort = ta.length <= tb.length;
  const short = aShort ? ta : tb;
  const long = aShort ? tb : ta;
  const rawShort = aShort ? rawA : rawB;
  const rawLong = aShort ? rawB : rawA;
  if (short.length < 2) return undefined;
  const best = bestAssignment(short, long);
  if (!best) return undefined;
  const initials = best.sims.filter((s) => s.kind === 'initial').length;
  if (initials > 1) return undefined;

  const reasons: NameReason[] = [];
  const extra = long.length - short.length;
  const swapped = best.targets.some((t, i) => i > 0 && t < best.targets[i - 1]!);
  if (best.sims.some((s) => s.kind === 'typo')) reasons.push('name-typo');
  if (initials) reasons.push('name-initial');
  if (swapped) reasons.push('name-order-swapped');
  if (extra) reasons.push('name-middle-name');
  const folded = best.targets.some((t, i) => best.sims[i]!.kind === 'exact' && rawShort[i] !== rawLong[t]);
  if (folded) reasons.push('name-danish-letters');
  if (!reasons.length) reasons.push('name-exact');

  const score = best.total / short.length - 0.05 * extra - (swapped ? 0.02 : 0);
  return { score: Math.max(0, Math.round(score * 1000) / 1000), reasons };
}
