import { describe, expect, it } from 'vitest';
import { effort, report, TRINE } from '../db/test-fixtures';
import { validateReport } from './validate-report';

describe('validateReport', () => {
  it('classifies the records the reader sent unclassified, and keeps what an adapter set', () => {
    const { category: _, ...unclassified } = effort('E1', TRINE, { title: 'Ressourceforløb' });
    const set = effort('E2', TRINE, { title: 'Ressourceforløb', category: 'treatment' });
    const { report: valid } = validateReport(report([unclassified as never, set]), 'momentum');
    expect(valid?.records.map((r) => (r as { category?: string }).category)).toEqual(['resource-course', 'treatment']);
    expect(valid?.errors).toEqual([]);
  });

  it("drops a record of another system and names it, and refuses a report of another system's page", () => {
    const other = effort('E3', TRINE, { system: 'elsewhere' });
    const { report: valid } = validateReport(report([effort('E1', TRINE), other]), 'momentum');
    expect(valid?.records.map((r) => r.nativeId)).toEqual(['E1']);
    expect(valid?.errors).toMatchObject([{ record: 'E3', field: 'system', message: 'record of another system' }]);
    expect(validateReport(report([effort('E1', TRINE)]), 'elsewhere').problem).toBe('report for momentum from a page of elsewhere');
  });
});
