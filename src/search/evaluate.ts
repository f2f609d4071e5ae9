// Scores passages for query clauses exactly as lunr.Index#query does — per field, the dot product of the query
// vector and the passage's field vector over the query vector's length, summed over fields; required clauses
// intersect, prohibited ones subtract — in one pass over each term's postings into arrays indexed by passage ordinal.
// Alongside Lunr's score it records which query words and fields each passage matched, for Verbatim's ranking.
import { indexData, type SearchIndex } from './build.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';

/** lunr.Query.presence's values. */
export const OPTIONAL = 1;
export const REQUIRED = 2;
export const PROHIBITED = 3;
export type Presence = typeof OPTIONAL | typeof REQUIRED | typeof PROHIBITED;

export interface Clause {
  /** For each term the clause's pipeline gave, the term numbers it expanded to in the vocabulary. */
  expansions: number[][];
  fields: readonly SearchField[];
  boost: number;
  presence: Presence;
  /** The query word (0–31) the clause stands for, in Verbatim's ranking; none for phrase and Lunr clauses. */
  word?: number;
  /** Whether the clause's terms are the word as typed (not another form, variant or correction). */
  exact?: boolean;
}

export interface Evaluation {
  /** Passages that match, ascending: any non-prohibited term, all required clauses, no prohibited one. */
  matched: number[];
  /** By ordinal: Lunr's score. */
  score: Float64Array;
  /** By ordinal: bit w set when query word w matched in any field / in the text / as typed. */
  words: Uint32Array;
  textWords: Uint32Array;
  exactWords: Uint32Array;
  /** By ordinal: bit f set when a term matched in field `SEARCH_FIELDS[f]`. */
  fields: Uint8Array;
}

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));
const TEXT = 0;

/** One query vector entry: a term in a field, its summed boost, and the words it stands for. */
interface Entry {
  field: number;
  term: number;
  boost: number;
  words: number;
  exactWords: number;
}

export function evaluate(index: SearchIndex, clauses: readonly Clause[]): Evaluation {
  const { corpus, vocabulary, postings } = indexData(index);
  const { ordinals, weights, starts } = postings;
  const count = corpus.passages.length;
  const terms = vocabulary.length;
  const evaluation: Evaluation = {
    matched: [],
    score: new Float64Array(count),
    words: new Uint32Array(count),
    textWords: new Uint32Array(count),
    exactWords: new Uint32Array(count),
    fields: new Uint8Array(count),
  };
  const entries = new Map<number, Entry>();
  const required = clauses.filter((clause) => clause.presence === REQUIRED);
  const requiredHits = required.length > 0 ? new Uint8Array(count) : null;
  let prohibited: Uint8Array | null = null;
  for (const clause of clauses) {
    const fields = clause.fields.flatMap((field) => FIELD_NUMBER.get(field) ?? []);
    // As in Lunr, a required term that expands to nothing leaves nothing to match.
    if (clause.presence === REQUIRED && clause.expansions.some((expanded) => expanded.length === 0)) return evaluation;
    const wordBit = clause.word === undefined ? 0 : 1 << clause.word;
    for (const t of new Set(clause.expansions.flat())) {
      for (const f of fields) {
        const from = starts[f * terms + t] as number;
        const to = starts[f * terms + t + 1] as number;
        if (clause.presence === PROHIBITED) {
          prohibited ??= new Uint8Array(count);
          for (let i = from; i < to; i++) prohibited[ordinals[i] as number] = 1;
          continue;
        }
        const key = f * terms + t;
        const entry = entries.get(key) ?? { field: f, term: t, boost: 0, words: 0, exactWords: 0 };
        entry.boost += clause.boost;
        entry.words |= wordBit;
        if (clause.exact) entry.exactWords |= wordBit;
        entries.set(key, entry);
      }
    }
    if (clause.presence === REQUIRED && requiredHits) {
      const hit = new Uint8Array(count);
      for (const t of new Set(clause.expansions.flat())) {
        for (const f of fields) {
          for (let i = starts[f * terms + t] as number; i < (starts[f * terms + t + 1] as number); i++) hit[ordinals[i] as number] = 1;
        }
      }
      for (let d = 0; d < count; d++) requiredHits[d] = (requiredHits[d] as number) + (hit[d] as number);
    }
  }
  const magnitude = new Float64Array(SEARCH_FIELDS.length);
  for (const entry of entries.values()) magnitude[entry.field] = (magnitude[entry.field] as number) + entry.boost * entry.boost;
  const touched = new Uint8Array(count);
  const { score, words, textWords, exactWords, fields } = evaluation;
  for (const { field, term, boost, words: bits, exactWords: exactBits } of entries.values()) {
    const length = Math.sqrt(magnitude[field] as number);
    const factor = length > 0 ? boost / length : 0;
    const fieldBit = 1 << field;
    for (let i = starts[field * terms + term] as number; i < (starts[field * terms + term + 1] as number); i++) {
      const d = ordinals[i] as number;
      touched[d] = 1;
      score[d] = (score[d] as number) + factor * (weights[i] as number);
      fields[d] = (fields[d] as number) | fieldBit;
      words[d] = (words[d] as number) | bits;
      exactWords[d] = (exactWords[d] as number) | exactBits;
      if (field === TEXT) textWords[d] = (textWords[d] as number) | bits;
    }
  }
  // A query of prohibited clauses only matches every passage they do not name (Lunr's negated query).
  const negated = clauses.length > 0 && clauses.every((clause) => clause.presence === PROHIBITED);
  for (let d = 0; d < count; d++) {
    if (!(negated || touched[d] === 1)) continue;
    if (requiredHits && requiredHits[d] !== required.length) continue;
    if (prohibited && prohibited[d] === 1) continue;
    evaluation.matched.push(d);
  }
  return evaluation;
}
