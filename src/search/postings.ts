// Every term's BM25 weight in every passage field, and where it occurs in passage text, as flat typed arrays
// addressed by term number (place in the sorted vocabulary) and passage ordinal (place in `corpus.passages`): a few
// bytes a posting, where Lunr's postings and position metadata cost objects per passage, field and term.
import type { SearchIndex } from './build.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import type { Range } from './phrase.js';
import { termNumber } from './vocabulary.js';

export interface Postings {
  /** Passage ordinals, grouped by field and then by term, ascending within a group. */
  ordinals: Int32Array;
  /** The term's BM25 weight in that passage field, field boost included. */
  weights: Float32Array;
  /** Field f, term number t of T: postings [starts[f·T + t], starts[f·T + t + 1]). */
  starts: Int32Array;
  /** The i-th text posting's occurrences are [occurrences[i], occurrences[i + 1]). */
  occurrences: Int32Array;
  /** Occurrence j is the range [spans[2j], spans[2j + 1]) of the passage text. */
  spans: Int32Array;
}

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));
export const TEXT = SEARCH_FIELDS.indexOf('text');

/** The [from, to) range of `postings.ordinals` and `postings.weights` for `term` in `field`; empty when absent. */
export function postingRange(index: SearchIndex, term: string, field: SearchField): [number, number] {
  const t = termNumber(index.vocabulary, term);
  const f = FIELD_NUMBER.get(field);
  if (t < 0 || f === undefined) return [0, 0];
  const slot = f * index.vocabulary.length + t;
  return [index.postings.starts[slot] as number, index.postings.starts[slot + 1] as number];
}

/** Where `term` occurs in the text of the passage with this ordinal, in text order; empty when it does not. */
export function occurrencesOf(index: SearchIndex, term: string, ordinal: number): Range[] {
  const { ordinals, occurrences, spans } = index.postings;
  const [from, to] = postingRange(index, term, 'text');
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ordinals[mid] as number) < ordinal) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= to || ordinals[lo] !== ordinal) return [];
  const i = lo - (index.postings.starts[TEXT * index.vocabulary.length] as number);
  const found: Range[] = [];
  for (let j = occurrences[i] as number; j < (occurrences[i + 1] as number); j++) {
    found.push([spans[2 * j] as number, spans[2 * j + 1] as number]);
  }
  return found;
}
