import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_FIELD_LENGTH, parseText, quote, tooLong } from './text';

describe('cleanText', () => {
  it('takes its fast path only where the full normalisation would change nothing', () => {
    const full = (s: string) => s.replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
    const chars = fc.oneof(
      fc.constantFrom(' ', '  ', 'a', 'Æ', 'ø', '§', '-', '–', '\u00A0', '\u00AD', '\u200B', '\u202E', '\n', '\t', '\u3000', '\uFEFF', '\u007F'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        expect(cleanText(parts.join(''))).toBe(full(parts.join('')));
      }), { numRuns: 3000 });
  });

  it('collapses whitespace, including NBSP, tabs and newlines, and trims', () => {
    expect(cleanText('  Trine\u00A0\u00A0Hansen\n\t ')).toBe('Trine Hansen');
    expect(cleanText('a\u202Fb\u2003c')).toBe('a b c');
  });

  it('strips zero-width characters so look-alike names compare equal', () => {
    expect(cleanText('Han\u200Bsen')).toBe('Hansen');
    expect(cleanText('\uFEFFHansen\u200C\u200D')).toBe('Hansen');
    expect(cleanText('Han\u2060sen\u00AD')).toBe('Hansen');
  });

  it('strips bidi controls so a right-to-left override cannot reorder or hide text', () => {
    expect(cleanText('Trine \u202EnesnaH\u202C')).toBe('Trine nesnaH');
    expect(cleanText('\u2066Trine\u2069 \u2067Hansen\u2068')).toBe('Trine Hansen');
    expect(cleanText('\u200E\u200FTrine\u202A\u202B\u202DHansen')).toBe('TrineHansen');
    expect(cleanText('a\u061Cb')).toBe('ab');
  });

  it('strips control characters but keeps Danish letters', () => {
    expect(cleanText('Ærø\u0000 Østergård\u0007 Åse')).toBe('Ærø Østergård Åse');
  });

  it('treats null and undefined as empty, since textContent can be null', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => cleanText(cleanText(s)) === cleanText(s)));
  });

  it('never leaves invisible characters or double spaces behind', () => {
    const invisible = fc.constantFrom('\u200B', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00A0', ' ', '\n');
    const piece = fc.oneof(fc.string(), invisible);
    fc.assert(
      fc.property(fc.array(piece), (parts) => {
        const out = cleanText(parts.join(''));
        return !/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00A0]/.test(out) && !/\s\s/.test(out) && out === out.trim();
      }),
    );
  });
});

describe('parseText', () => {
  it('returns the cleaned text', () => {
    expect(parseText('  Jobcenter\u00A0Vest ')).toEqual({ ok: true, value: 'Jobcenter Vest' });
  });
  it('fails on an empty or invisible-only cell', () => {
    expect(parseText('').ok).toBe(false);
    expect(parseText(' \u200B\u00A0 ').ok).toBe(false);
  });
});

describe('quote', () => {
  it('bounds long text', () => {
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('tooLong', () => {
  it('refuses only text past the limit', () => {
    expect(tooLong('x'.repeat(MAX_FIELD_LENGTH), 'a date')).toBeUndefined();
    expect(tooLong('x'.repeat(MAX_FIELD_LENGTH + 1), 'a date')?.ok).toBe(false);
  });
});
