export { normaliseCpr, cprBirthDate, birthKey } from './cpr';
export { nameSimilarity, nameTokens, type NameMatch, type NameReason } from './name';
export { linkRecords, MIN_SUGGESTION_SCORE } from './link-records';
export { familyScope } from './family';
export { LINK_REASON_TEXT, type LinkCandidate, type LinkDecision, type LinkReason, type LinkResult, type LinkSuggestion } from './types';
