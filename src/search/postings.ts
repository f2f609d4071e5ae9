// Lunr keeps postings as objects keyed by passage id, and walking them costs a hash lookup per passage: far too slow
// for a common word at 100,000 passages. This is the same data — every term's BM25 weight in every passage field —
// compiled once per index into flat typed arrays addressed by passage ordinal (position in `corpus.passages`).
import type lunr from 'lunr';
import type { Passage } from '../corpus/types.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { dimensionOf, forEachFieldVector } from './lunr-view.js';

export interface Postings {
  /** Passage ordinals, grouped by field and then by term. */
  ordinals: Int32Array;
  /** The term's BM25 weight in that passage field, field boost included. */
  weights: Float32Array;
  /** Field f, term dimension d: postings [starts[f·D + d], starts[f·D + d + 1]). */
  starts: Int32Array;
  /** D: how many term dimensions the index has. */
  dimensions: number;
}

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));

export function compilePostings(index: lunr.Index, passages: readonly Passage[], dimensions: number): Postings {
  const ordinalOf = new Map(passages.map((passage, i) => [passage.id, i]));
  const starts = new Int32Array(SEARCH_FIELDS.length * dimensions + 1);
  const eachWeight = (visit: (slot: number, ordinal: number, weight: number) => void) =>
    forEachFieldVector(index, (field, ref, elements) => {
      const f = FIELD_NUMBER.get(field);
      const ordinal = ordinalOf.get(ref);
      if (f === undefined || ordinal === undefined) return;
      for (let i = 0; i + 1 < elements.length; i += 2) {
        const dimension = elements[i] as number;
        if (dimension < dimensions) visit(f * dimensions + dimension, ordinal, elements[i + 1] as number);
      }
    });
  eachWeight((slot) => {
    starts[slot + 1] = (starts[slot + 1] as number) + 1;
  });
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const total = starts[starts.length - 1] as number;
  const ordinals = new Int32Array(total);
  const weights = new Float32Array(total);
  const next = starts.slice();
  eachWeight((slot, ordinal, weight) => {
    const at = next[slot] as number;
    next[slot] = at + 1;
    ordinals[at] = ordinal;
    weights[at] = weight;
  });
  return { ordinals, weights, starts, dimensions };
}

/** The [from, to) range of `postings.ordinals` and `postings.weights` for `term` in `field`; empty when absent. */
export function postingRange(
  index: lunr.Index,
  postings: Postings,
  term: string,
  field: SearchField,
): [number, number] {
  const dimension = dimensionOf(index, term);
  const f = FIELD_NUMBER.get(field);
  if (dimension === undefined || f === undefined || dimension >= postings.dimensions) return [0, 0];
  const slot = f * postings.dimensions + dimension;
  return [postings.starts[slot] as number, postings.starts[slot + 1] as number];
}
