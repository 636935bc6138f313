/** Family roles as the children-and-family systems write them. */
const ROLES: Record<string, 'parent' | 'child'> = {
  mor: 'parent',
  far: 'parent',
  forælder: 'parent',
  forældremyndighedsindehaver: 'parent',
  barn: 'child',
  søn: 'child',
  datter: 'child',
};

export function readRelation(text: string): { ok: true; value: 'parent' | 'child' } | { ok: false; error: string } {
  const role = ROLES[text.trim().toLowerCase()];
  return role ? { ok: true, value: role } : { ok: false, error: `unknown family role "${text}"` };
}
