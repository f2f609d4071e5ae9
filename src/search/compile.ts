// Tokenizes every passage field once and lays the results out as postings: terms counted per passage field, then
// moved into term order with a counting sort, then weighted the way lunr.Builder weighs them. Terms are numbered in
// the order they first appear, as lunr.Builder numbers them (its `_index`), so the saved index is Lunr's own.
import type { Corpus } from '../corpus/types.js';
import { fieldWeight, idf } from './bm25.js';
import { FIELD_BOOSTS, fieldValues, SEARCH_FIELDS } from './fields.js';
import { indexForms } from './forms.js';
import type { Postings } from './postings.js';
import { indexTokens } from '../text/words.js';

export interface Compiled {
  /** Every term, sorted by UTF-16 code units. */
  vocabulary: string[];
  postings: Postings;
}

/** One field's passages with each term they hold: parallel arrays, in passage order. */
interface FieldEntries {
  terms: number[];
  ordinals: number[];
  frequencies: number[];
  lengths: Int32Array;
  totalLength: number;
}

export function compilePostings(corpus: Corpus): Compiled {
  const { passages } = corpus;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const fields: FieldEntries[] = SEARCH_FIELDS.map(() => ({
    terms: [],
    ordinals: [],
    frequencies: [],
    lengths: new Int32Array(passages.length),
    totalLength: 0,
  }));
  passages.forEach((passage, ordinal) => {
    fieldValues(corpus, passage).forEach((value, f) => {
      const entries = fields[f] as FieldEntries;
      const frequency = new Map<number, number>();
      let length = 0;
      for (const token of typeof value === 'string' ? indexTokens(value) : []) {
        for (const term of indexForms(token.term)) {
          length += 1;
          let id = ids.get(term);
          if (id === undefined) {
            id = names.push(term) - 1;
            ids.set(term, id);
          }
          frequency.set(id, (frequency.get(id) ?? 0) + 1);
        }
      }
      entries.lengths[ordinal] = length;
      entries.totalLength += length;
      for (const [id, count] of frequency) {
        entries.terms.push(id);
        entries.ordinals.push(ordinal);
        entries.frequencies.push(count);
      }
    });
  });
  const order = names.map((_, id) => id).sort((a, b) => compare(names[a] as string, names[b] as string));
  const vocabulary = order.map((id) => names[id] as string);
  const numberOf = new Int32Array(names.length);
  order.forEach((id, t) => {
    numberOf[id] = t;
  });
  return { vocabulary, postings: layOut(fields, numberOf, passages.length) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function layOut(fields: FieldEntries[], numberOf: Int32Array, documentCount: number): Postings {
  const terms = numberOf.length;
  const starts = new Int32Array(fields.length * terms + 1);
  const documentsWithTerm = new Int32Array(terms);
  fields.forEach((entries, f) => {
    for (const id of entries.terms) {
      const t = numberOf[id] as number;
      starts[f * terms + t + 1] = (starts[f * terms + t + 1] as number) + 1;
      documentsWithTerm[t] = (documentsWithTerm[t] as number) + 1;
    }
  });
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const total = starts[starts.length - 1] as number;
  const ordinals = new Int32Array(total);
  const weights = new Float64Array(total);
  const idfs = Float64Array.from(documentsWithTerm, (count) => idf(count, documentCount));
  const next = starts.slice();
  fields.forEach((entries, f) => {
    const average = entries.totalLength / documentCount;
    const boost = FIELD_BOOSTS[SEARCH_FIELDS[f] as (typeof SEARCH_FIELDS)[number]];
    entries.terms.forEach((id, e) => {
      const t = numberOf[id] as number;
      const at = next[f * terms + t] as number;
      next[f * terms + t] = at + 1;
      const ordinal = entries.ordinals[e] as number;
      ordinals[at] = ordinal;
      weights[at] = fieldWeight(idfs[t] as number, entries.frequencies[e] as number, entries.lengths[ordinal] as number, average, boost);
    });
  });
  // Lunr numbers terms by first appearance; `numberOf` maps that number to the term's place in the vocabulary.
  const lunrIndex = new Int32Array(terms);
  numberOf.forEach((t, id) => {
    lunrIndex[t] = id;
  });
  return { ordinals, weights, starts, lunrIndex };
}
