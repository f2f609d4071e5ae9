// Scores passages for groups of query terms from the compiled postings: one pass over each term's postings into
// arrays indexed by passage ordinal, so a word found in tens of thousands of passages still costs milliseconds.
import type { SearchIndex } from './build.js';
import type { SearchField } from './fields.js';
import { postingRange } from './postings.js';

/** Terms that stand for one query word, and the fields they are looked for in. */
export interface TermGroup {
  terms: string[];
  fields: readonly SearchField[];
}

export interface Scores {
  /** Ordinals of the passages that match, ascending. */
  matched: number[];
  /** By ordinal: the summed BM25 weights of every matched term in every field. */
  score: Float64Array;
  /** By ordinal: how many groups the passage matches. */
  coverage: Uint8Array;
}

/**
 * Passages matching any group. With `required` terms, only passages whose text has all of them match, and those
 * match even when they have no group's terms.
 */
export function scorePassages(index: SearchIndex, groups: TermGroup[], required: string[] = []): Scores {
  const count = index.corpus.passages.length;
  const { ordinals, weights } = index.postings;
  const score = new Float64Array(count);
  const coverage = new Uint8Array(count);
  const lastGroup = new Int32Array(count);
  const touched = new Uint8Array(count);
  const needed = [...new Set(required)];
  const present = needed.length > 0 ? passagesWith(index, needed, 'text') : null;
  const add = (term: string, field: SearchField, group: number) => {
    const [from, to] = postingRange(index, term, field);
    for (let i = from; i < to; i++) {
      const ordinal = ordinals[i] as number;
      if (present !== null && present[ordinal] !== needed.length) continue;
      touched[ordinal] = 1;
      score[ordinal] = (score[ordinal] as number) + (weights[i] as number);
      if (group > 0 && lastGroup[ordinal] !== group) {
        lastGroup[ordinal] = group;
        coverage[ordinal] = (coverage[ordinal] as number) + 1;
      }
    }
  };
  groups.forEach(({ terms, fields }, i) => {
    for (const term of terms) for (const field of fields) add(term, field, i + 1);
  });
  for (const term of needed) add(term, 'text', 0);
  // Collected after the postings rather than pushed on first touch, which kept a branch in the hottest loop.
  const matched: number[] = [];
  for (let ordinal = 0; ordinal < count; ordinal++) if (touched[ordinal] === 1) matched.push(ordinal);
  return { matched, score, coverage };
}

/** By ordinal: how many of the (distinct) `terms` the passage has in `field`. */
export function passagesWith(index: SearchIndex, terms: string[], field: SearchField): Uint8Array {
  const found = new Uint8Array(index.corpus.passages.length);
  for (const term of new Set(terms)) {
    const [from, to] = postingRange(index, term, field);
    for (let i = from; i < to; i++) {
      const ordinal = index.postings.ordinals[i] as number;
      found[ordinal] = Math.min(255, (found[ordinal] as number) + 1);
    }
  }
  return found;
}
