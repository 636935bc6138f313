import { describe, expect, it } from 'vitest';
import { addPart, takeParts } from './report-parts';

const id = () => crypto.randomUUID().replaceAll('-', '');

describe('report parts', () => {
  it('puts the parts together in their order, whatever order they came in', () => {
    const r = id();
    addPart('1:0:d', r, 1, ['c', 'd']);
    addPart('1:0:d', r, 0, ['a', 'b']);
    addPart('1:0:d', r, 2, ['e']);
    expect(takeParts('1:0:d', r, 3)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Taken once: a second closing message finds nothing.
    expect(takeParts('1:0:d', r, 3)).toBeUndefined();
  });

  it('says when a part is missing or more came than the closing message names', () => {
    const missing = id();
    addPart('1:0:d', missing, 0, ['a']);
    addPart('1:0:d', missing, 2, ['c']);
    expect(takeParts('1:0:d', missing, 3)).toBeUndefined();
    const extra = id();
    addPart('1:0:d', extra, 0, ['a']);
    addPart('1:0:d', extra, 1, ['b']);
    expect(takeParts('1:0:d', extra, 1)).toBeUndefined();
    // Parts lost with a stopped worker: nothing to take.
    expect(takeParts('1:0:d', id(), 1)).toBeUndefined();
  });

  it('keeps one document out of another document’s report', () => {
    const r = id();
    addPart('1:0:d', r, 0, ['a']);
    expect(() => addPart('2:0:x', r, 1, ['forged'])).toThrow(/another frame/);
    expect(takeParts('2:0:x', r, 1)).toBeUndefined();
    expect(takeParts('1:0:d', r, 1)).toEqual(['a']);
  });

  it('drops reports whose closing message never came: after a minute, and the oldest when too many are pending', () => {
    const old = id();
    addPart('1:0:d', old, 0, ['a'], 0);
    addPart('1:0:d', id(), 0, ['b'], 61_000);
    expect(takeParts('1:0:d', old, 1)).toBeUndefined();
    const first = id();
    addPart('1:0:d', first, 0, ['a']);
    for (let i = 0; i < 20; i++) addPart('1:0:d', id(), 0, [i]);
    expect(takeParts('1:0:d', first, 1)).toBeUndefined();
  });
});
