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
  matched: Int32Array;
  /** By ordinal: Lunr's score. */
  score: Float64Array;
  /** By ordinal: bit w set when query word w matched in any field / in the text / as typed in the text. */
  words: Uint32Array;
  textWords: Uint32Array;
  exactWords: Uint32Array;
  /** By ordinal: bit f set when a term matched in field `SEARCH_FIELDS[f]`. */
  fields: Uint8Array;
}

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));
const TEXT = SEARCH_FIELDS.indexOf('text');
const SPEAKER = SEARCH_FIELDS.indexOf('speaker');

/** One query vector entry: a term in a field, its summed boost, and the words it stands for. */
interface Entry {
  field: number;
  term: number;
  boost: number;
  words: number;
  exactWords: number;
}

/**
 * Scores `clauses` over the index. The arrays returned are the index's scratch space, valid until the next call on
 * the same index: callers read them before searching again (everything here is synchronous).
 */
export function evaluate(index: SearchIndex, clauses: readonly Clause[]): Evaluation {
  const data = indexData(index);
  const { ordinals, weights, starts } = data.postings;
  const count = data.corpus.passages.length;
  const terms = data.vocabulary.length;
  const arrays = scratch(data);
  const evaluation: Evaluation = { ...arrays, matched: arrays.matched.subarray(0, 0) };
  const slices = (clause: Clause) =>
    [...new Set(clause.expansions.flat())].flatMap((t) =>
      clause.fields.flatMap((field) => {
        const f = FIELD_NUMBER.get(field);
        return f === undefined ? [] : [{ f, t, from: starts[f * terms + t] as number, to: starts[f * terms + t + 1] as number }];
      }),
    );
  // As in Lunr, a required term that expands to nothing leaves nothing to match.
  if (clauses.some((clause) => clause.presence === REQUIRED && clause.expansions.some((expanded) => expanded.length === 0)))
    return evaluation;
  const candidates = requiredCandidates(clauses.filter((clause) => clause.presence === REQUIRED).map(slices), ordinals, count);
  let prohibited: Uint8Array | null = null;
  const entries = new Map<number, Entry>();
  for (const clause of clauses) {
    const wordBit = clause.word === undefined ? 0 : 1 << clause.word;
    for (const { f, t, from, to } of slices(clause)) {
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
  const magnitude = new Float64Array(SEARCH_FIELDS.length);
  for (const entry of entries.values()) magnitude[entry.field] = (magnitude[entry.field] as number) + entry.boost * entry.boost;
  const { score, words, textWords, exactWords, fields } = evaluation;
  for (const { field, term, boost, words: bits, exactWords: typed } of entries.values()) {
    const length = Math.sqrt(magnitude[field] as number);
    const factor = length > 0 ? boost / length : 0;
    const fieldBit = 1 << field;
    // Whose words they are is part of the passage: `Peter Hain Iran-Iraq war` finds his statement before the line
    // that merely introduces it.
    const textBits = field === TEXT || field === SPEAKER ? bits : 0;
    // The word as typed counts where it matters to a quotation: in the passage's own text.
    const exactBits = field === TEXT ? typed : 0;
    const from = starts[field * terms + term] as number;
    const to = starts[field * terms + term + 1] as number;
    if (candidates !== null && candidates.list.length * 16 < to - from) {
      // Few passages can match: look each up in the long posting list rather than read all of it.
      for (const d of candidates.list) {
        const i = find(ordinals, from, to, d);
        if (i < 0) continue;
        score[d] = (score[d] as number) + factor * (weights[i] as number);
        fields[d] = (fields[d] as number) | fieldBit;
        words[d] = (words[d] as number) | bits;
        exactWords[d] = (exactWords[d] as number) | exactBits;
        textWords[d] = (textWords[d] as number) | textBits;
      }
      continue;
    }
    const marked = candidates?.marked;
    // The hottest loop of a search: kept free of calls, with the rarely-needed stores behind loop-constant tests.
    for (let i = from; i < to; i++) {
      const d = ordinals[i] as number;
      if (marked !== undefined && marked[d] !== 1) continue;
      score[d] = (score[d] as number) + factor * (weights[i] as number);
      fields[d] = (fields[d] as number) | fieldBit;
      words[d] = (words[d] as number) | bits;
      if (exactBits !== 0) exactWords[d] = (exactWords[d] as number) | exactBits;
      if (textBits !== 0) textWords[d] = (textWords[d] as number) | textBits;
    }
  }
  // A query of prohibited clauses only matches every passage they do not name (Lunr's negated query).
  const negated = clauses.length > 0 && clauses.every((clause) => clause.presence === PROHIBITED);
  const passages = candidates ? candidates.list.length : count;
  let length = 0;
  for (let k = 0; k < passages; k++) {
    const d = candidates ? (candidates.list[k] as number) : k;
    if ((negated || fields[d] !== 0) && !(prohibited !== null && prohibited[d] === 1)) arrays.matched[length++] = d;
  }
  evaluation.matched = arrays.matched.subarray(0, length);
  return evaluation;
}

interface Slice {
  from: number;
  to: number;
}

/** Passages holding every required clause in one of its fields, ascending; null without required clauses. */
function requiredCandidates(required: Slice[][], ordinals: Int32Array, count: number): { list: number[]; marked: Uint8Array } | null {
  if (required.length === 0) return null;
  const size = (slices: Slice[]) => slices.reduce((sum, { from, to }) => sum + to - from, 0);
  const [smallest, ...rest] = [...required].sort((a, b) => size(a) - size(b));
  const marked = new Uint8Array(count);
  for (const { from, to } of smallest ?? []) for (let i = from; i < to; i++) marked[ordinals[i] as number] = 1;
  let list: number[] = [];
  for (let d = 0; d < count; d++) if (marked[d] === 1) list.push(d);
  for (const slices of rest) {
    list = list.filter((d) => slices.some(({ from, to }) => find(ordinals, from, to, d) >= 0));
  }
  marked.fill(0);
  for (const d of list) marked[d] = 1;
  return { list, marked };
}

/** Where passage `d` is in the ascending postings [from, to), or -1. */
function find(ordinals: Int32Array, from: number, to: number, d: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ordinals[mid] as number) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && ordinals[lo] === d ? lo : -1;
}

type Scores = Evaluation;
const scratches = new WeakMap<object, Scores>();

/** The index's per-passage arrays, zeroed: reused across queries, since allocating them cost a collection per query. */
function scratch(index: object): Scores {
  const count = indexData(index as SearchIndex).corpus.passages.length;
  let arrays = scratches.get(index);
  if (!arrays) {
    arrays = {
      matched: new Int32Array(count),
      score: new Float64Array(count),
      words: new Uint32Array(count),
      textWords: new Uint32Array(count),
      exactWords: new Uint32Array(count),
      fields: new Uint8Array(count),
    };
    scratches.set(index, arrays);
  } else {
    for (const array of [arrays.score, arrays.words, arrays.textWords, arrays.exactWords, arrays.fields]) array.fill(0);
  }
  return arrays;
}
