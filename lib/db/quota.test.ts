import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quota';

const domError = (name: string) => Object.assign(new Error('x'), { name });

// Dexie 4 has no Dexie.errors at run time: its error classes sit on Dexie itself.
describe('isQuotaError', () => {
  it('recognises the browser error, Dexie\'s own, and both wrapped in an AbortError', () => {
    expect(isQuotaError(domError('QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', domError('QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('full')))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 0: domError('QuotaExceededError') } as never))).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
  });

  it('says no to other errors and non-errors', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted', domError('ConstraintError')))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});
