import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFFORT_CATEGORIES, matchEffortCategory } from './effort-categories';
import { findAlias, normaliseLabel } from './match-words';

/** The plain way: every alias of every category tried in order (what the first-letter index must agree with). */
function reference(title: string) {
  const label = normaliseLabel(title);
  const hit = (aliasesOf: (c: (typeof EFFORT_CATEGORIES)[number]) => readonly string[]) => {
    let best: { id: string; start: number; length: number } | undefined;
    for (const c of EFFORT_CATEGORIES) {
      for (const alias of aliasesOf(c)) {
        for (const h of findAlias(label, alias, true)) {
          const length = h.end - h.start;
          if (!best || h.start < best.start || (h.start === best.start && length > best.length)) best = { id: c.id, start: h.start, length };
        }
      }
    }
    return best?.id;
  };
  return hit((c) => c.aliases) ?? hit((c) => c.weakAliases ?? []) ?? 'other';
}

describe('matchEffortCategory with the first-letter index', () => {
  const words = EFFORT_CATEGORIES.flatMap((c) => [...c.aliases, ...(c.weakAliases ?? [])]);
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('i', 'og', 'for', '#12', '-', '§ 85', 'hos', 'x', 'støtte', 'Jobcenter'), fc.string({ maxLength: 6 }));
  it('picks what trying every alias in order picks', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.constantFrom(' ', '', '-', '/'), (parts, sep) => {
        const title = parts.join(sep);
        expect(matchEffortCategory(title)).toBe(reference(title));
      }),
      { numRuns: 4000 },
    );
  });
});
