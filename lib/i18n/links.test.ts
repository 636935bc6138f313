import { describe, expect, it } from 'vitest';
import { linksDa } from './links.da';
import { linksEn } from './links.en';
import { LINK_REASON_TEXT } from '../link';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('suggested-links catalogue (links.da.ts / links.en.ts)', () => {
  it('has every Danish key in English with the same placeholders, and no empty text', () => {
    for (const [key, text] of Object.entries(linksDa)) {
      const english = linksEn[key as keyof typeof linksDa];
      expect(english, key).toBeTruthy();
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
    expect(Object.keys(linksEn).sort()).toEqual(Object.keys(linksDa).sort());
  });

  it('names every reason the linker can give', () => {
    for (const reason of Object.keys(LINK_REASON_TEXT)) expect(Object.keys(linksDa), reason).toContain(`links.reason.${reason}`);
  });
});
