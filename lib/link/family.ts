import type { CaseworkRecord } from '../model/record';
import { normaliseCpr } from './cpr';

/**
 * Family scope from the relations that citizen pages show (the children-and-family system lists parent and
 * children). Relations are taken as symmetric and the scope as their connected component, so a family plan
 * looks the same whichever member is opened. Relatives named without a CPR are left out: a name never links.
 * Every citizen seen gets an entry, if only itself.
 */
export function familyScope(citizenRecords: CaseworkRecord[]): Map<string, Set<string>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };

  for (const r of citizenRecords) {
    if (r.kind !== 'citizen') continue;
    const self = normaliseCpr(r.cpr) ?? normaliseCpr(r.citizen.cpr);
    if (!self) continue;
    add(self);
    for (const rel of r.relations ?? []) {
      const other = normaliseCpr(rel.cpr);
      if (!other || other === self) continue;
      add(other);
      union(self, other);
    }
  }

  const members = new Map<string, string[]>();
  for (const cpr of parent.keys()) {
    const root = find(cpr);
    const list = members.get(root);
    if (list) list.push(cpr);
    else members.set(root, [cpr]);
  }
  const scope = new Map<string, Set<string>>();
  // A set of its own per citizen: a caller widening one scope must not silently widen the others.
  for (const list of members.values()) for (const cpr of list) scope.set(cpr, new Set(list));
  return scope;
}
