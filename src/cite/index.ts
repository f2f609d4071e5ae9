// Citation's public surface: a passage cited in a named style from what its document states.
export { citePassage, CITATION_STYLES, type CitationStyle } from './citePassage.js';
