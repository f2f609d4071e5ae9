// Ranked passage search: query words become Lunr clauses, `evaluate` scores them as Lunr does, and rules.ts orders
// the passages the way researchers expect; quoted phrases are required and checked against the text; every step is
// bounded.
import type { Passage } from '../corpus/types.js';
import { findPassage } from '../corpus/findPassage.js';
import { indexData, type IndexData, type SearchIndex } from './build.js';
import { OPTIONAL, PROHIBITED, REQUIRED, type Clause } from './evaluate.js';
import { wordClauses } from './expand.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { passageFilter, type SearchFilters } from './filters.js';
import { indexForms } from './forms.js';
import { phraseRanges, phraseTerms, type Range } from './phrase.js';
import { MAX_QUERY_TERMS, parseQuery, type ParsedQuery, type QueryWord } from './query.js';
import { mergeRanges } from './ranges.js';
import { listing, rank, type Ranked } from './rank.js';
import { top } from './top.js';
import { termNumber } from './vocabulary.js';
import { indexTokens } from '../text/words.js';

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
  /** Lunr's score for the passage (0 for listings and a passage named by its id). */
  score: number;
  /** Sorted, disjoint [start, end) ranges of `passage.text` covering every matched word and phrase occurrence. */
  highlights: Range[];
  /** Why it matched: the fields the query's words were found in (`text`, `title`, `section`, `speaker`, `author`, `note`). */
  fields: SearchField[];
  /** The passage's footnotes the query's words were found in: the note's position in `passage.notes`, and sorted,
   * disjoint [start, end) ranges of the note's text covering the matched words. */
  notes?: NoteMatch[];
  /** The id of the passage before it, when this one opens by referring back to it and matched words through it. */
  continues?: string;
  /** Set when the query was this passage's id. */
  named?: true;
}

export interface NoteMatch {
  note: number;
  highlights: Range[];
}

export interface SearchResult {
  /** How the query was read. */
  query: ParsedQuery;
  /** Hits in all, before `offset` and `limit`. */
  total: number;
  hits: SearchHit[];
}

/**
 * Searches passage text, titles, sections, speakers and authors. A passage id typed as the query comes first. A
 * query with no words or phrases (empty, only exclusions) lists the passages the filters allow, in reading order —
 * or nothing when no filter is set. Never throws, whatever `query` and `options` hold.
 */
export function searchPassages(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const data = indexData(index);
  const parsed = parseQuery(query);
  const { passages } = data.corpus;
  const keep = passageFilter(data.corpus, options?.filters);
  const exclusions = parsed.excluded.words.flatMap((word) => wordClauses(data, word, 0, PROHIBITED));
  const allowed =
    keep === null && parsed.excluded.phrases.length === 0
      ? null
      : (_ordinal: number, passage: Passage) =>
          (keep === null || keep(passage)) && !parsed.excluded.phrases.some((phrase) => phraseRanges(passage.text, phrase).length > 0);
  const phraseClauses = parsed.phrases.flatMap(phraseTerms).map((term): Clause => {
    const t = termNumber(data.vocabulary, term);
    return { expansions: [t < 0 ? [] : [t]], fields: ['text'], boost: 1, presence: REQUIRED };
  });
  const clausesOf = (words: QueryWord[]) => [
    ...words.flatMap((word, i) => wordClauses(data, word, i, OPTIONAL)),
    ...joinedClauses(data, words),
    ...phraseClauses,
  ];
  const limit = bounded(options?.limit, DEFAULT_LIMIT, MAX_LIMIT);
  const offset = bounded(options?.offset, 0, Number.MAX_SAFE_INTEGER);
  let clauses = clausesOf(rankedWords(data, parsed.words, true));
  let ranked: Ranked;
  if (parsed.words.length === 0 && parsed.phrases.length === 0) {
    ranked = listing(data, keep === null ? null : exclusions, allowed);
  } else {
    ranked = rank(data, [...clauses, ...exclusions], parsed, allowed, offset + limit);
    // Function words left out of the ranking are tried when the other words find nothing.
    if (ranked.total === 0 && parsed.words.some((word) => word.light)) {
      clauses = clausesOf(rankedWords(data, parsed.words, false));
      ranked = rank(data, [...clauses, ...exclusions], parsed, allowed, offset + limit);
    }
  }
  const pinned = pinnedPassage(data, query);
  // The passage named by the query comes first; it counts once, whether or not its words also matched.
  const total = ranked.total + (pinned !== undefined && ranked.fields[pinned] === 0 ? 1 : 0);
  // Phrases are highlighted where they occur, not word by word.
  const termsIn = (field: SearchField) =>
    new Set(
      clauses
        .filter((clause) => clause.word !== undefined && clause.fields.includes(field))
        .flatMap((clause) => clause.expansions.flat().map((t) => data.vocabulary[t] as string)),
    );
  const textTerms = termsIn('text');
  const noteTerms = termsIn('note');
  const rankOf = (ordinal: number) => ranked.rank[ordinal] as number;
  // Ties go in corpus order: documents as their files sort, passages in reading order.
  const order = (a: number, b: number) => rankOf(b) - rankOf(a) || a - b;
  return {
    query: parsed,
    total,
    hits: [...(pinned === undefined ? [] : [pinned]), ...top(ranked.ordinals, offset + limit, rankOf, order).filter((o) => o !== pinned)]
      .slice(offset, offset + limit)
      .flatMap((ordinal): SearchHit[] => {
        const passage = passages[ordinal];
        if (!passage) return [];
        const highlights = mergeRanges([...wordRanges(passage.text, textTerms), ...(ranked.phrases.get(ordinal) ?? [])]);
        const fields = SEARCH_FIELDS.filter((_, f) => ((ranked.fields[ordinal] as number) & (1 << f)) !== 0);
        if (ordinal === pinned) return [{ passage, score: 0, highlights: [], fields: [], named: true as const }];
        const continues = ranked.continued.has(ordinal) ? passages[ordinal - 1]?.id : undefined;
        const notes = fields.includes('note') ? noteMatches(passage, noteTerms) : [];
        return [
          {
            passage,
            score: ranked.score[ordinal] as number,
            highlights,
            fields,
            ...(continues ? { continues } : {}),
            ...(notes.length > 0 ? { notes } : {}),
          },
        ];
      }),
  };
}

/** The ranges of `text`'s words that are, or have a form that is, one of `terms`. */
function wordRanges(text: string, terms: ReadonlySet<string>): Range[] {
  return indexTokens(text)
    .filter((token) => indexForms(token.term).some((term) => terms.has(term)))
    .map((token): Range => [token.start, token.end]);
}

/** The passage's notes holding a matched word, with the words' ranges. */
function noteMatches(passage: Passage, terms: ReadonlySet<string>): NoteMatch[] {
  return (passage.notes ?? []).flatMap((text, note) => {
    const highlights = mergeRanges(wordRanges(text, terms));
    return highlights.length > 0 ? [{ note, highlights }] : [];
  });
}

/**
 * The words ranked by: function words and light verbs drop out when the query has other words, and a hyphenated
 * compound the corpus never writes joined is searched as its parts.
 */
function rankedWords(index: IndexData, words: QueryWord[], dropLight: boolean): QueryWord[] {
  const split = words.flatMap((word) =>
    word.parts && termNumber(index.vocabulary, word.term) < 0
      ? word.parts.map((term): QueryWord => ({ ...word, term, parts: undefined, light: false }))
      : [word],
  );
  const content = split.filter((word) => !word.light);
  return (dropLight && content.length > 0 ? content : split).slice(0, MAX_QUERY_TERMS);
}

/** Two words typed apart that the corpus also writes joined (`co operation`): the joined word counts for both. */
function joinedClauses(index: IndexData, words: QueryWord[]): Clause[] {
  return words.flatMap((word, i) => {
    const next = words[i + 1];
    const plain = (w: QueryWord) => !w.prefix && w.fuzzy === 0 && w.field === undefined;
    if (!next || !plain(word) || !plain(next)) return [];
    const joined = termNumber(index.vocabulary, word.term + next.term);
    if (joined < 0) return [];
    return [i, i + 1].map((w): Clause => ({
      expansions: [[joined]],
      fields: SEARCH_FIELDS,
      boost: 1,
      presence: OPTIONAL,
      word: w,
      exact: false,
    }));
  });
}

/** The ordinal of the passage whose id is the whole query, if any. */
function pinnedPassage(index: IndexData, query: string): number | undefined {
  const passage = typeof query === 'string' ? findPassage(index.corpus, query)?.passage : undefined;
  if (!passage) return undefined;
  const ordinal = index.corpus.passages.indexOf(passage);
  return ordinal < 0 ? undefined : ordinal;
}

function bounded(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : fallback;
}
