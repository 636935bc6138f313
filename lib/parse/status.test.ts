import { describe, expect, it } from 'vitest';
import type { RecordStatus } from '../model/record';
import { parseStatus } from './status';

const CASES: [string, RecordStatus][] = [
  ['Aktiv', 'active'],
  ['I gang', 'active'],
  ['Igangværende', 'active'],
  ['Bevilget', 'active'],
  ['Planlagt', 'planned'],
  ['Visiteret', 'planned'],
  ['Afventer opstart', 'planned'],
  ['Afventer svar', 'pending'],
  ['Sendt', 'pending'],
  ['Rykket', 'pending'],
  ['Afsendt', 'pending'],
  ['Besvaret', 'answered'],
  ['Modtaget', 'answered'],
  ['Afsluttet', 'closed'],
  ['Ophørt', 'closed'],
  ['Lukket', 'closed'],
  ['Afholdt', 'closed'],
  ['Annulleret', 'cancelled'],
  ['Aflyst', 'cancelled'],
  ['Tilbagekaldt', 'cancelled'],
];

describe('parseStatus', () => {
  it.each(CASES)('maps %j to %s in any case', (word, status) => {
    expect(parseStatus(word)).toEqual({ ok: true, value: status });
    expect(parseStatus(word.toUpperCase())).toEqual({ ok: true, value: status });
    expect(parseStatus(word.toLowerCase())).toEqual({ ok: true, value: status });
    expect(parseStatus(` ${word}\u00A0`)).toEqual({ ok: true, value: status });
  });

  it.each([
    ['Afsluttet 12-03-2026', 'closed'],
    ['Sendt til egen læge', 'pending'],
    ['Rykket (2)', 'pending'],
    ['Afventer svar fra læge', 'pending'],
    ['Afventer  opstart', 'planned'],
  ] as const)('reads a status with detail after it: %j', (input, status) => {
    expect(parseStatus(input)).toEqual({ ok: true, value: status });
  });

  it.each([['Afventer'], ['Aktiveret'], ['Ukendt'], ['Sendtx'], [''], ['constructor'], ['Ikke aktiv']])('fails on %j and names the word', (input) => {
    const r = parseStatus(input);
    expect(r.ok).toBe(false);
    if (input) expect(!r.ok && r.error).toContain(input);
  });
});
