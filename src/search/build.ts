// Builds the index over passages with our own tokenizer, so occurrences point into the original passage text and
// typographic variants (’ vs ', case, diacritics) meet on one term. No stemmer: quoting needs the words as written,
// and prefix (`negotiat*`) and fuzzy matching give the reach a stemmer would.
import type { Corpus, Passage } from '../corpus/types.js';
import { compilePostings, type Compiled } from './compile.js';
import { corpusFingerprint } from './fingerprint.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { termSetOf, type TermSet } from './lunr-view.js';
import type { Postings } from './postings.js';

const FIELD_BOOSTS: Record<SearchField, number> = { text: 4, speaker: 2, title: 1, section: 1 };

export interface SearchIndex {
  readonly corpus: Corpus;
  readonly fingerprint: string;
  /** Every index term, sorted by UTF-16 code units: binary search finds a term's number and a prefix's terms. */
  readonly vocabulary: readonly string[];
  /** Lunr's automaton over the vocabulary, for fuzzy matching. */
  readonly terms: TermSet;
  /** Weights and text occurrences of every term, for scoring, phrases and highlights. */
  readonly postings: Postings;
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const values = (passage: Passage): Record<SearchField, string | undefined> => ({
    text: passage.text,
    title: corpus.documentById.get(passage.document)?.title,
    section: passage.location.section,
    speaker: passage.location.speaker,
  });
  const compiled = compilePostings(
    corpus.passages,
    (passage) => {
      const fields = values(passage);
      return SEARCH_FIELDS.map((field) => fields[field]);
    },
    SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field]),
  );
  return assembleIndex(corpus, compiled, corpusFingerprint(corpus));
}

/** A built or loaded index, with Lunr's automaton over its vocabulary. */
export function assembleIndex(corpus: Corpus, { vocabulary, postings }: Compiled, fingerprint: string): SearchIndex {
  return { corpus, fingerprint, vocabulary, terms: termSetOf(vocabulary), postings };
}
