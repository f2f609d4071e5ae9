// Quotation verification's public surface: is this quotation in the corpus, exactly, nearly, or not at all.
export { omitsNothing } from './editedMatch.js';
export { verifyQuotation, MAX_MATCHES, NEAR_SIMILARITY } from './verifyQuotation.js';
export type { DiffOp, DiffPlace, EditorialGap, QuoteMatch, Verdict, Verification } from './types.js';
