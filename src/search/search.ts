// Ranked passage search. A passage with more of the query's words always ranks above one with fewer (then BM25
// decides, then passage id), quoted phrases are required and verified against the text, and every step is bounded
// so any input returns quickly.
import type { Passage } from '../corpus/types.js';
import type { SearchIndex } from './build.js';
import { expandWord } from './expand.js';
import { SEARCH_FIELDS } from './fields.js';
import { passageFilter, type SearchFilters } from './filters.js';
import { phraseRanges, phraseTerms, type Range } from './phrase.js';
import { occurrencesOf } from './postings.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { mergeRanges } from './ranges.js';
import { passagesWith, scorePassages, type TermGroup } from './score.js';
import { top } from './top.js';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface SearchOptions {
  filters?: SearchFilters;
  /** Hits returned, 0 to 100; 10 when not a number. */
  limit?: number;
  /** Hits skipped before the first returned. */
  offset?: number;
}

export interface SearchHit {
  passage: Passage;
  /**
   * The number of query words and phrases the passage matches, plus its summed BM25 weights squashed into [0, 1):
   * hits are sorted by it, highest first, equal scores in passage-id order.
   */
  score: number;
  /** Sorted, disjoint [start, end) ranges of `passage.text` covering every matched word and phrase occurrence. */
  highlights: Range[];
}

export interface SearchResult {
  /** How the query was read. */
  query: ParsedQuery;
  /** Hits in all, before `offset` and `limit`. */
  total: number;
  hits: SearchHit[];
}

/** Hits by passage ordinal, unordered, with their scores and phrase occurrences. */
interface Ranked {
  ordinals: number[];
  /** By ordinal. */
  score: Float64Array;
  phrases: Map<number, Range[]>;
}

/**
 * Searches passage text, titles, sections and speakers. A query with no words or phrases (empty, only stop words,
 * only exclusions) lists the passages the filters allow, in reading order, with score 0 — or nothing when no filter
 * is set. Never throws, whatever `query` and `options` hold.
 */
export function searchPassages(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseQuery(query);
  const { passages } = index.corpus;
  const keep = passageFilter(index.corpus, options?.filters);
  const excluded = passagesWith(
    index,
    parsed.excluded.words.flatMap((word) => expandWord(index, word, false)),
    'text',
  );
  const allowed = (ordinal: number) => {
    const passage = passages[ordinal];
    return (
      passage !== undefined &&
      excluded[ordinal] === 0 &&
      (keep === null || keep(passage)) &&
      (parsed.excluded.phrases.length === 0 ||
        !parsed.excluded.phrases.some((phrase) => phraseRanges(index, ordinal, phrase).length > 0))
    );
  };
  const groups: TermGroup[] = parsed.words.map((word) => ({
    terms: expandWord(index, word),
    fields: word.field ? [word.field] : SEARCH_FIELDS,
  }));
  const ranked =
    parsed.words.length > 0 || parsed.phrases.length > 0
      ? rank(index, groups, parsed, allowed)
      : listing(passages.length, keep === null ? () => false : allowed);
  const limit = bounded(options?.limit, DEFAULT_LIMIT, MAX_LIMIT);
  const offset = bounded(options?.offset, 0, Number.MAX_SAFE_INTEGER);
  const highlighted = groups.filter((group) => group.fields.includes('text')).flatMap((group) => group.terms);
  const scoreOf = (ordinal: number) => ranked.score[ordinal] as number;
  const order = (a: number, b: number) =>
    scoreOf(b) - scoreOf(a) || byPassageId(passages[a] as Passage, passages[b] as Passage);
  return {
    query: parsed,
    total: ranked.ordinals.length,
    hits: top(ranked.ordinals, offset + limit, scoreOf, order)
      .slice(offset)
      .flatMap((ordinal) => {
        const passage = passages[ordinal];
        if (!passage) return [];
        const words = highlighted.flatMap((term) => occurrencesOf(index, term, ordinal));
        const highlights = mergeRanges([...words, ...(ranked.phrases.get(ordinal) ?? [])]);
        return [{ passage, score: scoreOf(ordinal), highlights }];
      }),
  };
}

function rank(
  index: SearchIndex,
  groups: TermGroup[],
  parsed: ParsedQuery,
  allowed: (ordinal: number) => boolean,
): Ranked {
  const required = parsed.phrases.map(phraseTerms);
  if (required.some((terms) => terms.length === 0)) return listing(0, () => false);
  const { matched, score, coverage } = scorePassages(index, groups, required.flat());
  const ranked: Ranked = { ordinals: [], score, phrases: new Map() };
  for (const ordinal of matched) {
    if (!allowed(ordinal)) continue;
    if (parsed.phrases.length > 0) {
      const found = parsed.phrases.map((phrase) => phraseRanges(index, ordinal, phrase));
      if (found.some((ranges) => ranges.length === 0)) continue;
      ranked.phrases.set(ordinal, found.flat());
    }
    const bm25 = score[ordinal] as number;
    score[ordinal] = (coverage[ordinal] as number) + parsed.phrases.length + bm25 / (1 + bm25);
    ranked.ordinals.push(ordinal);
  }
  return ranked;
}

/** The allowed passages among the first `count`, in reading order, all scored 0. */
function listing(count: number, allowed: (ordinal: number) => boolean): Ranked {
  const ordinals: number[] = [];
  for (let ordinal = 0; ordinal < count; ordinal++) if (allowed(ordinal)) ordinals.push(ordinal);
  return { ordinals, score: new Float64Array(count), phrases: new Map() };
}

function byPassageId(a: Passage, b: Passage): number {
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function bounded(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : fallback;
}
