// Turns a query word into Lunr-style clauses over index terms with bounded work whatever the word: the word as
// typed, its other forms and declared spellings, or — when none is in the corpus — its near misspellings; prefix and
// fuzzy expansions are capped, and fuzzy matching never goes beyond two edits.
import type { Corpus } from '../corpus/types.js';
import type { IndexData } from './build.js';
import { PROHIBITED, type Clause, type Presence } from './evaluate.js';
import { SEARCH_FIELDS } from './fields.js';
import { FORM_MARK, formKey } from './forms.js';
import { termsNear } from './lunr-view.js';
import type { QueryWord } from './query.js';
import { lowerBound, termNumber } from './vocabulary.js';
import { scanWords, termOf } from '../text/words.js';

/** Most index terms one `prefix*` stands for; the shortest completions are kept. */
const MAX_PREFIX_TERMS = 50;
const MAX_PREFIX_SCAN = 10_000;
/** Most index terms one fuzzy word stands for. */
const MAX_FUZZY_TERMS = 16;
/** Shortest word that is corrected (one edit) when no spelling or form of it is anywhere in the corpus. */
const FUZZY_FALLBACK_MIN = 5;
/** Longer words are matched exactly: the fuzzy automaton's cost grows with length, and long words rarely typo. */
const FUZZY_MAX_LENGTH = 24;
/** Longer words get one edit even when two are asked for: two edits cost milliseconds per lookup beyond this. */
const TWO_EDITS_MAX_LENGTH = 12;

/**
 * The clauses for query word number `word` (its bit in the ranking). Excluded words (`presence` prohibited) take
 * the word, its forms and spellings, never corrections, and in every field.
 */
export function wordClauses(index: IndexData, query: QueryWord, word: number, presence: Presence): Clause[] {
  const fields = query.field ? [query.field] : SEARCH_FIELDS;
  const clause = (terms: number[], exact: boolean): Clause[] =>
    terms.length === 0 ? [] : [{ expansions: [terms], fields, boost: 1, presence, word, exact }];
  const numbers = (terms: string[]) => terms.map((term) => termNumber(index.vocabulary, term)).filter((t) => t >= 0);
  if (query.prefix) return clause(numbers(prefixTerms(index.vocabulary, query.term)), true);
  if (query.fuzzy > 0 && presence !== PROHIBITED) {
    const near = fuzzyTerms(index, query.term, query.fuzzy);
    return [
      ...clause(numbers(near.filter((t) => t === query.term)), true),
      ...clause(numbers(near.filter((t) => t !== query.term)), false),
    ];
  }
  const spellings = [query.term, ...variantsOf(index.corpus, query.term).filter((term) => term !== query.term)];
  const typed = numbers([query.term]);
  const keys = spellings.flatMap((term) => formKey(term) ?? []);
  const others = numbers([...spellings.slice(1), ...keys]);
  if (typed.length + others.length > 0 || presence === PROHIBITED || query.term.length < FUZZY_FALLBACK_MIN) {
    return [...clause(typed, true), ...clause(others, false)];
  }
  return clause(numbers(fuzzyTerms(index, query.term, 1)), false);
}

const variantTables = new WeakMap<Corpus, Map<string, string[]>>();

/** Every spelling of the term's group in corpus/variants.txt, as index terms; empty when it has none. */
export function variantsOf(corpus: Corpus, term: string): string[] {
  let table = variantTables.get(corpus);
  if (!table) {
    table = new Map();
    for (const group of corpus.variants) {
      const terms = group.flatMap((spelling) => scanWords(spelling).map((w) => termOf(w.fold)));
      for (const t of terms) table.set(t, terms);
    }
    variantTables.set(corpus, table);
  }
  return table.get(term) ?? [];
}

function prefixTerms(vocabulary: readonly string[], prefix: string): string[] {
  const from = lowerBound(vocabulary, prefix);
  const found: string[] = [];
  for (let i = from; i < vocabulary.length && found.length < MAX_PREFIX_SCAN; i++) {
    const term = vocabulary[i] as string;
    if (!term.startsWith(prefix)) break;
    found.push(term);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
}

function fuzzyTerms(index: IndexData, term: string, distance: number): string[] {
  if (term.length > FUZZY_MAX_LENGTH) return termNumber(index.vocabulary, term) >= 0 ? [term] : [];
  const rank = (t: string) => (t === term ? 0 : 1);
  return termsNear(index.terms, term, term.length > TWO_EDITS_MAX_LENGTH ? 1 : distance)
    .filter((t) => !t.startsWith(FORM_MARK))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_FUZZY_TERMS);
}
