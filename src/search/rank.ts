// Ranks the passages that match a query's clauses. Every match is counted and tiered by the words it matches; only the
// passages in the tiers that can reach the page get a ranking key and are sorted, which at 100,000 passages spares
// ranking tens of thousands that no one will see.
import type { Passage } from '../corpus/types.js';
import { answerPassages, answerSought } from './answers.js';
import type { IndexData } from './build.js';
import { evaluate, type Clause } from './evaluate.js';
import { passageTraits } from './passageTraits.js';
import { phraseFinder, type Range } from './phrase.js';
import type { ParsedQuery } from './query.js';
import { rankKey } from './rules.js';

/** The matches of a query: all counted, those that can reach the page ranked. */
export interface Ranked {
  /** Matches in all, after filters and phrase checks. */
  total: number;
  /** The matches that can reach the page, ascending. */
  ordinals: ArrayLike<number>;
  /** By ordinal, for `ordinals`: the tiers and Lunr's score folded into one number, highest first. */
  rank: Float64Array;
  /** By ordinal, for `ordinals`: Lunr's score, and the fields matched (bit f for `SEARCH_FIELDS[f]`). */
  score: Float64Array;
  fields: Uint8Array;
  /** Phrase occurrences by ordinal. */
  phrases: Map<number, Range[]>;
  /** Ordinals that matched words through the passage they continue. */
  continued: Set<number>;
}

export type Allowed = ((ordinal: number, passage: Passage) => boolean) | null;

/** `needed`: how many of the best passages the caller shows (offset plus limit). */
export function rank(index: IndexData, clauses: Clause[], parsed: ParsedQuery, allowed: Allowed, needed: number): Ranked {
  const { passages } = index.corpus;
  const { continues, plain } = passageTraits(index);
  const sought = answerSought(parsed.words);
  const answers = sought ? answerPassages(index, sought) : null;
  const finders = parsed.phrases.map(phraseFinder);
  const ranked: Ranked = {
    total: 0,
    ordinals: [],
    rank: rankScratch(index),
    score: new Float64Array(0),
    fields: new Uint8Array(0),
    phrases: new Map(),
    continued: new Set(),
  };
  const { matched, words, textWords, exactWords, score, fields } = evaluate(index, clauses);
  ranked.score = score;
  ranked.fields = fields;
  const cover = coverScratch(index);
  const perCoverage = new Int32Array(64 + finders.length + 2);
  // Survivors are written back over `matched`, which is read ahead of them.
  let survivors = 0;
  for (let k = 0; k < matched.length; k++) {
    const ordinal = matched[k] as number;
    if (allowed !== null || finders.length > 0) {
      const passage = passages[ordinal] as Passage;
      if (allowed !== null && !allowed(ordinal, passage)) continue;
      if (finders.length > 0) {
        const found = finders.map((finder) => finder.ranges(passage.text, plain[ordinal] === 1));
        if (found.some((ranges) => ranges.length === 0)) continue;
        ranked.phrases.set(ordinal, found.flat());
      }
    }
    let own = words[ordinal] as number;
    if (continues[ordinal] === 1) {
      const borrowed = (words[ordinal - 1] as number) & ~own;
      if (borrowed !== 0) ranked.continued.add(ordinal);
      own |= borrowed;
    }
    const covered = popcount(own) + finders.length + (answers === null ? 0 : (answers[ordinal] as number));
    cover[ordinal] = covered;
    perCoverage[covered] = (perCoverage[covered] as number) + 1;
    matched[survivors++] = ordinal;
  }
  ranked.total = survivors;

  // The fewest words a passage must match to be among the `needed` best: more words always rank higher.
  let threshold = 0;
  for (let covered = perCoverage.length - 1, seen = 0; covered >= 0; covered--) {
    seen += perCoverage[covered] as number;
    if (seen >= needed) {
      threshold = covered;
      break;
    }
  }
  let kept = 0;
  for (let k = 0; k < survivors; k++) {
    const ordinal = matched[k] as number;
    if ((cover[ordinal] as number) < threshold) continue;
    const answered = answers === null ? 0 : (answers[ordinal] as number);
    const tiers = {
      words: cover[ordinal] as number,
      text: popcount(textWords[ordinal] as number) + answered,
      exact: popcount(exactWords[ordinal] as number) + answered,
    };
    ranked.rank[ordinal] = rankKey(tiers, score[ordinal] as number);
    matched[kept++] = ordinal;
  }
  ranked.ordinals = matched.subarray(0, kept);
  return ranked;
}

/** The allowed passages in reading order, all ranked 0, less those an exclusion names; none without filters. */
export function listing(index: IndexData, exclusions: Clause[] | null, allowed: Allowed): Ranked {
  const count = index.corpus.passages.length;
  const rankOf = rankScratch(index);
  const ordinals: number[] = [];
  const ranked: Ranked = {
    total: 0,
    ordinals,
    rank: rankOf,
    score: new Float64Array(count),
    fields: new Uint8Array(count),
    phrases: new Map(),
    continued: new Set(),
  };
  if (exclusions === null) return ranked;
  const candidates = exclusions.length > 0 ? evaluate(index, exclusions).matched : Int32Array.from(index.corpus.passages, (_, i) => i);
  for (const ordinal of candidates) {
    const passage = index.corpus.passages[ordinal];
    if (passage && (allowed === null || allowed(ordinal, passage))) {
      ordinals.push(ordinal);
      rankOf[ordinal] = 0;
    }
  }
  ranked.total = ordinals.length;
  return ranked;
}

const scratches = new WeakMap<IndexData, { keys: Float64Array; cover: Uint8Array }>();

/** The index's arrays of ranking keys and words matched, by ordinal, reused across queries: only the slots of the
 * passages ranked are read, after they are written. */
function scratchOf(index: IndexData) {
  let arrays = scratches.get(index);
  if (!arrays) {
    arrays = { keys: new Float64Array(index.corpus.passages.length), cover: new Uint8Array(index.corpus.passages.length) };
    scratches.set(index, arrays);
  }
  return arrays;
}
const rankScratch = (index: IndexData) => scratchOf(index).keys;
const coverScratch = (index: IndexData) => scratchOf(index).cover;

/** The number of bits set. */
function popcount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
