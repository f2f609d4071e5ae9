// An index as plain data and typed arrays, to build it in a worker thread and hand it to another thread without copying
// its arrays (they are transferred), then put together there in one step.
import { assembleCorpus } from '../corpus/assembleCorpus.js';
import type { Document, Passage } from '../corpus/types.js';
import { assembleIndex, indexData, type SearchIndex } from './build.js';
import type { Postings } from './postings.js';

export interface IndexParts {
  documents: Document[];
  passages: Passage[];
  variants: string[][];
  fingerprint: string;
  vocabulary: string[];
  postings: Postings;
}

/** The parts of `index`, and the buffers to list as transferable when posting them. */
export function indexParts(index: SearchIndex): { parts: IndexParts; transfer: ArrayBuffer[] } {
  const { corpus, fingerprint, vocabulary, postings } = indexData(index);
  const parts = {
    documents: corpus.documents,
    passages: corpus.passages,
    variants: corpus.variants,
    fingerprint,
    vocabulary: [...vocabulary],
    postings,
  };
  const transfer = [postings.ordinals, postings.weights, postings.starts, postings.lunrIndex].map((array) => array.buffer as ArrayBuffer);
  return { parts, transfer };
}

/** The index whose parts these are. */
export function indexFromParts(parts: IndexParts): SearchIndex {
  const corpus = assembleCorpus(parts.documents, parts.passages, parts.variants);
  return assembleIndex(corpus, { vocabulary: parts.vocabulary, postings: parts.postings }, parts.fingerprint);
}
