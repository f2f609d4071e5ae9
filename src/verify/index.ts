// Quotation verification's public surface: is this quotation in the corpus, exactly, nearly, or not at all.
export {
  verifyQuotation,
  NEAR_SIMILARITY,
  type DiffOp,
  type EditorialGap,
  type QuoteMatch,
  type Verdict,
  type Verification,
} from './verifyQuotation.js';
