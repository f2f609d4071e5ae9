// Turns a query word into the index terms it stands for with bounded work whatever the word: prefix and fuzzy
// expansions are capped, and fuzzy matching never goes beyond two edits.
import type { SearchIndex } from './build.js';
import { termsNear } from './lunr-view.js';
import type { QueryWord } from './query.js';
import { lowerBound, termNumber } from './vocabulary.js';

/** Most index terms one `prefix*` stands for; the shortest completions are kept. */
const MAX_PREFIX_TERMS = 50;
const MAX_PREFIX_SCAN = 10_000;
/** Most index terms one fuzzy word stands for. */
const MAX_FUZZY_TERMS = 16;
/** Shortest word that is corrected (one edit) when its exact spelling is nowhere in the corpus. */
const FUZZY_FALLBACK_MIN = 5;
/** Longer words are matched exactly: the fuzzy automaton's cost grows with length, and long words rarely typo. */
const FUZZY_MAX_LENGTH = 24;
/** Longer words get one edit even when two are asked for: two edits cost milliseconds per lookup beyond this. */
const TWO_EDITS_MAX_LENGTH = 12;

/**
 * The index terms a word matches. A word whose exact spelling is in no passage, title, section or speaker is
 * taken as a misspelling when it has at least five letters, and matches terms one edit away instead.
 * `correct: false` (for excluded words) turns that off.
 */
export function expandWord(index: SearchIndex, word: QueryWord, correct = true): string[] {
  if (word.prefix) return prefixTerms(index.vocabulary, word.term);
  if (word.fuzzy > 0 && correct) return fuzzyTerms(index, word.term, word.fuzzy);
  if (termNumber(index.vocabulary, word.term) >= 0) return [word.term];
  return correct && word.term.length >= FUZZY_FALLBACK_MIN ? fuzzyTerms(index, word.term, 1) : [];
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

function fuzzyTerms(index: SearchIndex, term: string, distance: number): string[] {
  if (term.length > FUZZY_MAX_LENGTH) return termNumber(index.vocabulary, term) >= 0 ? [term] : [];
  const rank = (t: string) => (t === term ? 0 : 1);
  return termsNear(index.terms, term, term.length > TWO_EDITS_MAX_LENGTH ? 1 : distance)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_FUZZY_TERMS);
}
