import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('panel catalogue (da.ts / en.ts)', () => {
  it('has every Danish key in English with the same placeholders, and no empty text', () => {
    for (const [key, text] of Object.entries(da)) {
      const english = en[key as keyof typeof da];
      expect(english, key).toBeTruthy();
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });
});
