// Lunr's TokenSet is the automaton fuzzy and wildcard terms run on; @types/lunr mistypes its statics, so this is the
// narrow typed view of lunr 2.3.9 the search relies on, kept in one place so an upgrade has one file to check.
import lunr from 'lunr';

export interface TermSet {
  intersect(other: TermSet): TermSet;
  toArray(): string[];
}

const TokenSet = lunr.TokenSet as unknown as {
  fromArray(sorted: readonly string[]): TermSet;
  fromFuzzyString(term: string, distance: number): TermSet;
  fromClause(clause: { term: string; editDistance?: number }): TermSet;
};

/** Lunr's automaton over the vocabulary, which must be sorted. */
export function termSetOf(vocabulary: readonly string[]): TermSet {
  return TokenSet.fromArray(vocabulary);
}

/** Terms of `terms` within `distance` edits of `term`, via the automaton rather than a scan of the vocabulary. */
export function termsNear(terms: TermSet, term: string, distance: number): string[] {
  return terms.intersect(TokenSet.fromFuzzyString(term, distance)).toArray();
}

/**
 * Terms of `terms` a Lunr clause term stands for, exactly as lunr.Index#query expands it: by edit distance when the
 * clause has one (`*` is then a plain character), otherwise with `*` as a wildcard.
 */
export function termsOfClause(terms: TermSet, term: string, editDistance: number | undefined): string[] {
  return terms.intersect(TokenSet.fromClause(editDistance === undefined ? { term } : { term, editDistance })).toArray();
}

export const LUNR_VERSION: string = (lunr as unknown as { version: string }).version;
