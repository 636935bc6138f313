/**
 * Fills that tell series apart without colour (WCAG 1.4.1): each is a different texture with a dark outline,
 * and every chart also prints its numbers and has a table. Defined once per page; ids are document-global.
 */
export const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'vertical', 'horizontal'] as const;
export type PatternId = (typeof PATTERNS)[number];

export const patternFill = (p: PatternId) => (p === 'solid' ? '#0b4f8a' : `url(#enplan-pattern-${p})`);

export function PatternDefs() {
  const ink = '#0b4f8a';
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id="enplan-pattern-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={ink} stroke-width="3" />
        </pattern>
        <pattern id="enplan-pattern-dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#fff" />
          <circle cx="3" cy="3" r="1.8" fill={ink} />
        </pattern>
        <pattern id="enplan-pattern-cross" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#fff" />
          <path d="M0 0L6 6M6 0L0 6" stroke={ink} stroke-width="1.3" />
        </pattern>
        <pattern id="enplan-pattern-vertical" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#fff" />
          <line x1="2" y1="0" x2="2" y2="5" stroke={ink} stroke-width="2" />
        </pattern>
        <pattern id="enplan-pattern-horizontal" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#fff" />
          <line x1="0" y1="2" x2="5" y2="2" stroke={ink} stroke-width="2" />
        </pattern>
      </defs>
    </svg>
  );
}
