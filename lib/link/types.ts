import type { NameReason } from './name';

/** A caseworker's remembered answer to a suggestion; the last decision for a (record, CPR) pair wins. */
export type LinkDecision = { recordKey: string; cpr: string; decision: 'confirmed' | 'rejected' };

export type LinkReason =
  | NameReason
  | 'birth-date'
  /** Same DDMMYY, other century: a masked CPR's century is only a guess by the parser. */
  | 'birth-date-century'
  /** More than one known citizen fits: link to none, show all. */
  | 'namesake';

export type LinkCandidate = { cpr: string; score: number; reasons: LinkReason[] };

/**
 * A proposed link for one record that has no full CPR. Never applied without a caseworker's confirmation.
 * `score`/`reasons` are those of the best candidate (plus 'namesake' when several fit); with `ambiguous` set the
 * UI must make the caseworker pick among `candidates`, never preselect one.
 */
export type LinkSuggestion = {
  recordKey: string;
  candidates: LinkCandidate[];
  score: number;
  reasons: LinkReason[];
  ambiguous: boolean;
};

export type LinkResult = {
  /** CPR -> keys of records linked to that citizen: by their own full CPR or by a confirmed decision. */
  byCitizen: Map<string, string[]>;
  suggestions: LinkSuggestion[];
  /** Records neither linked nor suggested: too little to go on. */
  unlinked: string[];
};

export const LINK_REASON_TEXT: Record<LinkReason, { da: string; en: string }> = {
  'name-exact': { da: 'Samme navn', en: 'Same name' },
  'name-danish-letters': { da: 'Samme navn stavet med æ/ø/å eller ae/oe/aa', en: 'Same name spelt with æ/ø/å or ae/oe/aa' },
  'name-typo': { da: 'Navnet ligner (mulig stavefejl)', en: 'Similar name (possible typo)' },
  'name-order-swapped': { da: 'Fornavn og efternavn i omvendt rækkefølge', en: 'Given and family name swapped' },
  'name-middle-name': { da: 'Mellemnavn mangler i det ene system', en: 'Middle name missing in one system' },
  'name-initial': { da: 'Et navn er kun skrevet med forbogstav', en: 'A name is given only as an initial' },
  'birth-date': { da: 'Samme fødselsdato', en: 'Same birth date' },
  'birth-date-century': {
    da: 'Samme fødselsdato (DDMMÅÅ), men århundredet er usikkert',
    en: 'Same birth date (DDMMYY), but the century is uncertain',
  },
  namesake: {
    da: 'Flere borgere med samme navn og fødselsdato: vælg den rigtige',
    en: 'Several citizens share this name and birth date: pick the right one',
  },
};
