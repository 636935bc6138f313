import { describe, expect, it } from 'vitest';
import { LINK_REASON_TEXT } from '../link';
import { da } from './da';
import { en } from './en';
import { linksDa } from './links.da';
import { linksEn } from './links.en';
import { optionsDa } from './options.da';
import { optionsEn } from './options.en';
import { overviewDa } from './overview.da';
import { overviewEn } from './overview.en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const CATALOGUES: [string, Record<string, string>, Record<string, string>][] = [
  ['panel (da.ts / en.ts)', da, en],
  ['suggested links (links.da.ts / links.en.ts)', linksDa, linksEn],
  ['options page (options.da.ts / options.en.ts)', optionsDa, optionsEn],
  ['team overview (overview.da.ts / overview.en.ts)', overviewDa, overviewEn],
];

describe.each(CATALOGUES)('%s catalogue', (_name, danish, english) => {
  it('has every Danish key in English with the same placeholders, and no empty text', () => {
    for (const [key, text] of Object.entries(danish)) {
      expect(english[key], key).toBeTruthy();
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english[key]!), key).toEqual(placeholders(text));
    }
    expect(Object.keys(english).sort()).toEqual(Object.keys(danish).sort());
  });
});

it('names every reason the linker can give', () => {
  for (const reason of Object.keys(LINK_REASON_TEXT)) expect(Object.keys(linksDa), reason).toContain(`links.reason.${reason}`);
});
