// The index: an opaque value that search reads through `indexData`. Built from a corpus here, or loaded from a saved
// lunr.Index by load.ts; both give the same arrays.
import type { Corpus } from '../corpus/types.js';
import { compilePostings, type Compiled } from './compile.js';
import { corpusFingerprint } from './fingerprint.js';
import { termSetOf, type TermSet } from './lunr-view.js';
import type { Postings } from './postings.js';

/** A searchable index of one corpus. Only its corpus and fingerprint are public; search functions read the rest. */
export interface SearchIndex {
  readonly corpus: Corpus;
  /** `corpusFingerprint` of the corpus: which corpus and index format the index was made for. */
  readonly fingerprint: string;
}

/** What an index holds, for the modules of src/search. */
export interface IndexData extends SearchIndex {
  /** Every index term, sorted by UTF-16 code units: binary search finds a term's number and a prefix's terms. */
  readonly vocabulary: readonly string[];
  /** Weights of every term in every passage field. */
  readonly postings: Postings;
  /** Lunr's automaton over the vocabulary, for fuzzy and wildcard terms; built on first use. */
  readonly terms: TermSet;
}

/** Builds the index of every passage's text, title, section, speaker and author. */
export function buildIndex(corpus: Corpus): SearchIndex {
  return assembleIndex(corpus, compilePostings(corpus), corpusFingerprint(corpus));
}

export function assembleIndex(corpus: Corpus, { vocabulary, postings }: Compiled, fingerprint: string): IndexData {
  let terms: TermSet | undefined;
  return {
    corpus,
    fingerprint,
    vocabulary,
    postings,
    get terms() {
      terms ??= termSetOf(vocabulary);
      return terms;
    },
  };
}

/** The index's arrays; throws on a value that did not come from `buildIndex` or `loadIndex`. */
export function indexData(index: SearchIndex): IndexData {
  if (!('postings' in index)) throw new TypeError('verbatim search: not an index made by buildIndex or loadIndex');
  return index as IndexData;
}
