// Quoted phrases are checked against the passage text itself, word by word after folding: the words as written,
// never other forms, so a phrase is only found where the passage says it. Passages whose text folds by lower-casing
// alone are checked by one pattern, which phrases of common words need across tens of thousands of passages.
import { APOSTROPHE_CHARS } from '../text/normalize.js';
import { scanWords, termOf } from '../text/words.js';
import type { QueryPhrase } from './query.js';

/** A [start, end) range of UTF-16 offsets into a passage's text. */
export type Range = [number, number];

/** The index terms a passage must hold in its text for the phrase to be in it. */
export function phraseTerms(phrase: QueryPhrase): string[] {
  return [...new Set(phrase.map(termOf).filter((term) => term !== ''))];
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const FOLDS_BY_CASE = /^[a-z0-9']+$/;

/** Finds a phrase's occurrences in one passage text. */
export interface PhraseFinder {
  /** Every occurrence; `plain` says the text's letters and digits are ASCII with no invisible characters. */
  ranges(text: string, plain: boolean): Range[];
}

export function phraseFinder(phrase: QueryPhrase): PhraseFinder {
  const patterns = phrase.every((fold) => FOLDS_BY_CASE.test(fold)) ? plainPatterns(phrase) : null;
  return {
    ranges: (text, plain) =>
      patterns && plain ? (patterns.likely.test(text) ? patternRanges(patterns.exact, text) : []) : phraseRanges(text, phrase),
  };
}

/**
 * The phrase as case-insensitive patterns over raw text, for texts that fold by lower-casing alone: `exact` keeps to
 * word boundaries and finds overlapping occurrences through a lookahead, as the word-by-word check does; `likely`,
 * without lookarounds, scans several times faster and rules out the texts that cannot hold the phrase.
 */
function plainPatterns(phrase: QueryPhrase): { likely: RegExp; exact: RegExp } {
  const apostrophe = `[${APOSTROPHE_CHARS}]`;
  const words = phrase.map((fold) => fold.replace(/'/g, apostrophe));
  const gap = '[^\\p{L}\\p{N}\\p{M}]+';
  const notAfterWord = `(?<!${WORD_CHAR}|${WORD_CHAR}${apostrophe})`;
  const notBeforeWord = `(?!${WORD_CHAR}|${apostrophe}${WORD_CHAR})`;
  return {
    likely: new RegExp(words.join(gap), 'iu'),
    exact: new RegExp(`${notAfterWord}(?=(${words.join(`${notBeforeWord}${gap}`)}${notBeforeWord}))`, 'giu'),
  };
}

function patternRanges(pattern: RegExp, text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + (match[1]?.length ?? 0)]);
  return ranges;
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
