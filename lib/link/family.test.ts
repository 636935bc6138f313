import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyScope } from './family';
import { caseRecord, citizenRecord } from './test-helpers';

const TRINE = '1203852345';
const MARTIN = '0702124111';
const MIE = '1505094222';

describe('familyScope', () => {
  it('puts Trine, Martin and Mie in one scope whichever of them is opened', () => {
    const records = [
      citizenRecord('t', { cpr: TRINE, name: 'Trine Hansen', relations: [{ role: 'child', name: 'Martin', cpr: MARTIN }] }),
      citizenRecord('i', { cpr: MIE, name: 'Mie Hansen', relations: [{ role: 'sibling', name: 'Martin', cpr: MARTIN }] }),
    ];
    const scope = familyScope(records);
    for (const cpr of [TRINE, MARTIN, MIE]) expect([...scope.get(cpr)!].sort()).toEqual([TRINE, MARTIN, MIE].sort());
  });

  it('ignores relatives without a CPR, non-citizen records, and keeps separate families apart', () => {
    const records = [
      citizenRecord('t', { cpr: TRINE, name: 'Trine Hansen', relations: [{ role: 'child', name: 'Ukendt barn' }] }),
      citizenRecord('j', { cpr: '2208921357', name: 'Jakob Nielsen' }),
      caseRecord('c', { cpr: MARTIN }),
    ];
    const scope = familyScope(records);
    expect([...scope.get(TRINE)!]).toEqual([TRINE]);
    expect([...scope.get('2208921357')!]).toEqual(['2208921357']);
    expect(scope.has(MARTIN)).toBe(false);
  });

  it('gives each citizen a set of its own', () => {
    const scope = familyScope([citizenRecord('t', { cpr: TRINE, name: 'Trine', relations: [{ role: 'child', name: 'Martin', cpr: MARTIN }] })]);
    scope.get(TRINE)!.add('9999999999');
    expect(scope.get(MARTIN)!.has('9999999999')).toBe(false);
  });

  it('is symmetric and transitive for any relation graph', () => {
    const cprs = ['1111111111', '2222222222', '3333333333', '4444444444', '5555555555', '6666666666'];
    const edges = fc.array(fc.tuple(fc.constantFrom(...cprs), fc.constantFrom(...cprs)), { maxLength: 8 });
    fc.assert(
      fc.property(edges, (pairs) => {
        const records = pairs.map(([a, b], i) => citizenRecord(`r${i}`, { cpr: a, name: 'X Y', relations: [{ role: 'sibling', name: 'Z', cpr: b }] }));
        const scope = familyScope(records);
        for (const [a, members] of scope) {
          expect(members.has(a)).toBe(true);
          for (const b of members) expect([...scope.get(b)!].sort()).toEqual([...members].sort());
        }
        for (const [a, b] of pairs) expect(scope.get(a)!.has(b)).toBe(true);
      }),
    );
  });
});
