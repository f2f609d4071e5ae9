// Every term's BM25 weight in every passage field as flat typed arrays addressed by term number (place in the
// sorted vocabulary) and passage ordinal (place in `corpus.passages`): a few bytes a posting, where a loaded
// lunr.Index keeps objects per passage, field and term. Built from passages or read from a saved lunr.Index.
import { SEARCH_FIELDS, type SearchField } from './fields.js';

export interface Postings {
  /** Passage ordinals, grouped by field and then by term, ascending within a group. */
  ordinals: Int32Array;
  /** The term's weight in that passage field, as Lunr's field vector holds it (BM25, field boost, 3 decimals). */
  weights: Float64Array;
  /** Field f, term number t of T: postings [starts[f·T + t], starts[f·T + t + 1]). */
  starts: Int32Array;
  /** By term number: the term's number in Lunr's order (`_index` of its inverted-index entry). */
  lunrIndex: Int32Array;
}

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));

/** The [from, to) range of `postings.ordinals` and `postings.weights` for term number `t` in `field`. */
export function postingSlice(postings: Postings, terms: number, t: number, field: SearchField): [number, number] {
  const f = FIELD_NUMBER.get(field);
  if (t < 0 || t >= terms || f === undefined) return [0, 0];
  const slot = f * terms + t;
  return [postings.starts[slot] as number, postings.starts[slot + 1] as number];
}
