// Lunr 2.3.9's BM25 weights, computed the way lunr.Builder computes them, so the index is built in one pass over
// flat arrays: lunr.Builder keeps objects per passage, field and term, which at 100,000 passages cost tens of seconds
// and gigabytes. tests/search/bm25.test.ts holds these weights to lunr.Builder's own.

const K1 = 1.2;
const B = 0.75;

/** `documentsWithTerm` counts a passage once for each field holding the term, as Lunr does. */
export function idf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** A term's weight in one passage field, rounded to three decimals; the operations keep Lunr's order, so the
 * floating-point result is the same. */
export function fieldWeight(termIdf: number, frequency: number, fieldLength: number, averageFieldLength: number, boost: number): number {
  let score = (termIdf * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + frequency);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}
