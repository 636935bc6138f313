import type { Settings } from '@/lib/model';

export type FeeForm = Record<string, { fee: string; validityDays: string; answerDays: string }>;
type Field = 'fee' | 'validityDays' | 'answerDays';

/** Form text to Settings.infoTypes: empty means default; a value that is not a sensible number is refused, not guessed. */
export function overridesFromForm(form: FeeForm): { ok: true; infoTypes: Settings['infoTypes'] } | { ok: false; id: string; field: Field } {
  const infoTypes: Settings['infoTypes'] = {};
  for (const [id, row] of Object.entries(form)) {
    const o: Settings['infoTypes'][string] = {};
    for (const field of ['fee', 'validityDays', 'answerDays'] as const) {
      const text = row[field].trim().replace(',', '.');
      if (!text) continue;
      const n = Number(text);
      const min = field === 'fee' ? 0 : 1;
      if (!Number.isFinite(n) || n < min || (field !== 'fee' && !Number.isInteger(n))) return { ok: false, id, field };
      o[field] = n;
    }
    if (Object.keys(o).length) infoTypes[id] = o;
  }
  return { ok: true, infoTypes };
}
