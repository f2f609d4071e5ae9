// Quoted phrases are checked against the passage text itself, word by word after folding: the words as written,
// never other forms, so a phrase is only found where the passage says it. Passages whose text folds by lower-casing
// alone are first ruled out by one quick pattern, which phrases of common words need across tens of thousands of
// passages.
import { APOSTROPHE_CHARS } from '../text/normalize.js';
import { scanWords, termOf } from '../text/words.js';
import type { QueryPhrase } from './query.js';

/** A [start, end) range of UTF-16 offsets into a passage's text. */
export type Range = [number, number];

/** The index terms a passage must hold in its text for the phrase to be in it. */
export function phraseTerms(phrase: QueryPhrase): string[] {
  return [...new Set(phrase.map(termOf).filter((term) => term !== ''))];
}

const FOLDS_BY_CASE = /^[a-z0-9']+$/;

/** Finds a phrase's occurrences in one passage text. */
export interface PhraseFinder {
  /** Every occurrence; `plain` says the text's letters and digits are ASCII with no invisible characters. */
  ranges(text: string, plain: boolean): Range[];
}

export function phraseFinder(phrase: QueryPhrase): PhraseFinder {
  const likely = phrase.every((fold) => FOLDS_BY_CASE.test(fold)) ? likelyPattern(phrase) : null;
  return {
    ranges: (text, plain) => (likely && plain && !likely.test(text) ? [] : phraseRanges(text, phrase)),
  };
}

/**
 * The phrase as a case-insensitive pattern over raw text that every plain text holding the phrase matches (it
 * ignores word boundaries, which the word-by-word check then applies). Plain ASCII classes and no Unicode flag keep
 * it quick to compile however long the phrase, and quick to scan.
 */
function likelyPattern(phrase: QueryPhrase): RegExp {
  const apostrophe = `[${APOSTROPHE_CHARS}]`;
  return new RegExp(phrase.map((fold) => fold.replace(/'/g, apostrophe)).join('[^a-z0-9]+'), 'i');
}

/** Every occurrence of the phrase in `text`, word by word. */
export function phraseRanges(text: string, phrase: QueryPhrase): Range[] {
  const [first] = phrase;
  if (first === undefined) return [];
  const words = scanWords(text);
  const ranges: Range[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (words[i]?.fold !== first) continue;
    if (phrase.every((fold, k) => words[i + k]?.fold === fold)) {
      ranges.push([(words[i] as { start: number }).start, (words[i + phrase.length - 1] as { end: number }).end]);
    }
  }
  return ranges;
}
