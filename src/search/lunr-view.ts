// @types/lunr hides the inverted index, field vectors and token set, and mistypes the TokenSet statics; this is the
// narrow typed view of lunr 2.3.9 internals the search relies on, kept in one place so an upgrade has one file to check.
import lunr from 'lunr';

/** [start, length] of one occurrence, in UTF-16 units of the indexed string. */
export type Position = [number, number];

interface FieldPostings {
  [ref: string]: { position?: Position[] } | undefined;
}

interface TokenSet {
  intersect(other: TokenSet): TokenSet;
  toArray(): string[];
}

interface Posting {
  /** The term's dimension in the field vectors. */
  _index: number;
  [field: string]: FieldPostings | number | undefined;
}

interface IndexInternals {
  invertedIndex: { [term: string]: Posting | undefined };
  fieldVectors: { [fieldRef: string]: { elements: number[] } | undefined };
  tokenSet: TokenSet;
}

const internals = (index: lunr.Index): IndexInternals => index as unknown as IndexInternals;

/** Every term the index holds, in any field. */
export function vocabularyOf(index: lunr.Index): string[] {
  return Object.keys(internals(index).invertedIndex);
}

function fieldPostings(index: lunr.Index, term: string, field: string): FieldPostings | undefined {
  const postings = internals(index).invertedIndex[term]?.[field];
  return typeof postings === 'object' ? postings : undefined;
}

/** Where `term` occurs in `field` of the indexed item `ref`; empty when it does not. */
export function positionsOf(index: lunr.Index, term: string, field: string, ref: string): Position[] {
  const postings = fieldPostings(index, term, field);
  return (postings && Object.hasOwn(postings, ref) && postings[ref]?.position) || [];
}

/** The term's dimension in the field vectors; undefined for a term the index does not hold. */
export function dimensionOf(index: lunr.Index, term: string): number | undefined {
  return internals(index).invertedIndex[term]?._index;
}

/**
 * Calls `visit` with each indexed item's field vector: term dimensions alternating with their BM25 weights (field
 * boost included), sorted by dimension.
 */
export function forEachFieldVector(
  index: lunr.Index,
  visit: (field: string, ref: string, elements: readonly number[]) => void,
): void {
  for (const [fieldRef, vector] of Object.entries(internals(index).fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    visit(fieldRef.slice(0, slash), fieldRef.slice(slash + 1), vector?.elements ?? []);
  }
}

/** Index terms within `distance` edits of `term`, via lunr's automaton rather than a scan of the vocabulary. */
export function termsNear(index: lunr.Index, term: string, distance: number): string[] {
  const fuzzy = (lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): TokenSet }).fromFuzzyString(
    term,
    distance,
  );
  return internals(index).tokenSet.intersect(fuzzy).toArray();
}
