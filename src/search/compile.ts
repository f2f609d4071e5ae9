// Tokenizes every passage field once and lays the results out as postings: terms counted per passage field, then
// moved into term order with a counting sort, then weighted the way Lunr weighs them.
import type { Passage } from '../corpus/types.js';
import { fieldWeight, idf } from './bm25.js';
import { SEARCH_FIELDS } from './fields.js';
import { TEXT, type Postings } from './postings.js';
import { isIndexed, scanWords, termOf } from './text.js';

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

/** `values(passage)` gives the passage's fields in `SEARCH_FIELDS` order; `boosts` their weights, in that order. */
export function compilePostings(
  passages: readonly Passage[],
  values: (passage: Passage) => (string | undefined)[],
  boosts: readonly number[],
): Compiled {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const fields: FieldEntries[] = SEARCH_FIELDS.map(() => ({
    terms: [],
    ordinals: [],
    frequencies: [],
    lengths: new Int32Array(passages.length),
    totalLength: 0,
  }));
  /** By text entry, as `Postings.occurrences` and `spans` are by text posting. */
  const occurrences = [0];
  const spans: number[] = [];
  passages.forEach((passage, ordinal) => {
    values(passage).forEach((value, f) => {
      const entries = fields[f] as FieldEntries;
      const byTerm = new Map<number, number[]>();
      let length = 0;
      for (const word of typeof value === 'string' ? scanWords(value) : []) {
        const term = termOf(word.fold);
        if (!isIndexed(term)) continue;
        length += 1;
        let id = ids.get(term);
        if (id === undefined) {
          id = names.push(term) - 1;
          ids.set(term, id);
        }
        const at = byTerm.get(id);
        if (at) at.push(word.start, word.end);
        else byTerm.set(id, [word.start, word.end]);
      }
      entries.lengths[ordinal] = length;
      entries.totalLength += length;
      for (const [id, at] of byTerm) {
        entries.terms.push(id);
        entries.ordinals.push(ordinal);
        entries.frequencies.push(at.length / 2);
        if (f === TEXT) {
          spans.push(...at);
          occurrences.push(spans.length / 2);
        }
      }
    });
  });
  const order = names.map((_, id) => id).sort((a, b) => compare(names[a] as string, names[b] as string));
  const vocabulary = order.map((id) => names[id] as string);
  const numberOf = new Int32Array(names.length);
  order.forEach((id, t) => {
    numberOf[id] = t;
  });
  return { vocabulary, postings: layOut(fields, numberOf, boosts, passages.length, occurrences, spans) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function layOut(
  fields: FieldEntries[],
  numberOf: Int32Array,
  boosts: readonly number[],
  documentCount: number,
  entryOccurrences: number[],
  entrySpans: number[],
): Postings {
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
  const weights = new Float32Array(total);
  const idfs = Float64Array.from(documentsWithTerm, (count) => idf(count, documentCount));
  const textBase = starts[TEXT * terms] as number;
  const textPostings = (starts[(TEXT + 1) * terms] as number) - textBase;
  /** Text entry e lands at text posting placed[e]. */
  const placed = new Int32Array(textPostings);
  const next = starts.slice();
  fields.forEach((entries, f) => {
    const average = entries.totalLength / documentCount;
    entries.terms.forEach((id, e) => {
      const t = numberOf[id] as number;
      const at = next[f * terms + t] as number;
      next[f * terms + t] = at + 1;
      const ordinal = entries.ordinals[e] as number;
      ordinals[at] = ordinal;
      const length = entries.lengths[ordinal] as number;
      weights[at] = fieldWeight(idfs[t] as number, entries.frequencies[e] as number, length, average, boosts[f] ?? 1);
      if (f === TEXT) placed[e] = at - textBase;
    });
  });
  const occurrences = new Int32Array(textPostings + 1);
  placed.forEach((p, e) => {
    occurrences[p + 1] = (entryOccurrences[e + 1] as number) - (entryOccurrences[e] as number);
  });
  for (let i = 1; i < occurrences.length; i++) occurrences[i] = (occurrences[i] as number) + (occurrences[i - 1] as number);
  const spans = new Int32Array(entrySpans.length);
  placed.forEach((p, e) => {
    let to = 2 * (occurrences[p] as number);
    for (let from = 2 * (entryOccurrences[e] as number); from < 2 * (entryOccurrences[e + 1] as number); from++) {
      spans[to++] = entrySpans[from] as number;
    }
  });
  return { ordinals, weights, starts, occurrences, spans };
}
