// Builds the Lunr index over passages with our own tokenizer, so positions point into the original passage text and
// typographic variants (’ vs ', case, diacritics) meet on one term. No stemmer: quoting needs the words as written,
// and prefix (`negotiat*`) and fuzzy matching give the reach a stemmer would.
import lunr from 'lunr';
import type { Corpus } from '../corpus/types.js';
import { corpusFingerprint } from './fingerprint.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { vocabularyOf } from './lunr-view.js';
import { compilePostings, type Postings } from './postings.js';
import { isIndexed, scanWords, termOf } from './text.js';

const FIELD_BOOSTS: Record<SearchField, number> = { text: 4, speaker: 2, title: 1, section: 1 };

export interface SearchIndex {
  readonly corpus: Corpus;
  readonly lunr: lunr.Index;
  readonly fingerprint: string;
  /** Every index term, sorted by UTF-16 code units, for prefix expansion by binary search. */
  readonly vocabulary: readonly string[];
  /** Lunr's postings and weights as typed arrays, for scoring. */
  readonly postings: Postings;
}

type IndexedPassage = Record<SearchField | 'id', string | undefined>;

function tokenize(value?: unknown): lunr.Token[] {
  if (typeof value !== 'string') return [];
  return scanWords(value).flatMap((word) => {
    const term = termOf(word.fold);
    return isIndexed(term) ? [new lunr.Token(term, { position: [word.start, word.end - word.start] })] : [];
  });
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const builder = new lunr.Builder();
  builder.ref('id');
  builder.tokenizer = tokenize as typeof lunr.tokenizer;
  builder.metadataWhitelist = ['position'];
  for (const field of SEARCH_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  for (const passage of corpus.passages) {
    const doc: IndexedPassage = {
      id: passage.id,
      text: passage.text,
      title: corpus.documentById.get(passage.document)?.title,
      section: passage.location.section,
      speaker: passage.location.speaker,
    };
    builder.add(doc);
  }
  return assembleIndex(corpus, builder.build(), corpusFingerprint(corpus));
}

/** A built or loaded Lunr index, with the sorted vocabulary and compiled postings searching needs. */
export function assembleIndex(corpus: Corpus, index: lunr.Index, fingerprint: string): SearchIndex {
  const vocabulary = vocabularyOf(index).sort();
  const postings = compilePostings(index, corpus.passages, vocabulary.length);
  return { corpus, lunr: index, fingerprint, vocabulary, postings };
}
