export type Relation = 'parent' | 'child' | 'sibling';

/** Family roles as the children-and-family systems write them, relative to the person whose case is open. */
const ROLES: Record<string, Relation> = {
  mor: 'parent',
  far: 'parent',
  forælder: 'parent',
  forældremyndighedsindehaver: 'parent',
  barn: 'child',
  søn: 'child',
  datter: 'child',
  bror: 'sibling',
  søster: 'sibling',
  søskende: 'sibling',
};

export function readRelation(text: string): { ok: true; value: Relation } | { ok: false; error: string } {
  const role = ROLES[text.trim().toLowerCase()];
  return role ? { ok: true, value: role } : { ok: false, error: `unknown family role "${text}"` };
}
