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
  const plainPhrase = phrase.every((fold) => FOLDS_BY_CASE.test(fold));
  const likely = plainPhrase ? likelyPattern(phrase) : null;
  let exact: RegExp | undefined;
  return {
    ranges(text, plain) {
      if (!likely || !plain) return phraseRanges(text, phrase);
      if (!likely.test(text)) return [];
      if (phrase.length > MAX_PATTERN_WORDS) return phraseRanges(text, phrase);
      exact ??= exactPattern(phrase);
      return [...text.matchAll(exact)].map((match): Range => [match.index, match.index + (match[1]?.length ?? 0)]);
    },
  };
}

/** Longer phrases are checked word by word: compiling their exact pattern costs more than it saves. */
const MAX_PATTERN_WORDS = 8;
const APOSTROPHE = `[${APOSTROPHE_CHARS}]`;
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

/**
 * The phrase as a case-insensitive pattern over raw text that every plain text holding the phrase matches (it
 * ignores word boundaries). Plain ASCII classes and no Unicode flag keep it quick to compile and to scan.
 */
function likelyPattern(phrase: QueryPhrase): RegExp {
  return new RegExp(phrase.map((fold) => fold.replace(/'/g, APOSTROPHE)).join('[^a-z0-9]+'), 'i');
}

/** The phrase within word boundaries, for plain texts; overlapping occurrences are found through a lookahead, as the
 * word-by-word check finds them. */
function exactPattern(phrase: QueryPhrase): RegExp {
  const notAfterWord = `(?<!${WORD_CHAR}|${WORD_CHAR}${APOSTROPHE})`;
  const notBeforeWord = `(?!${WORD_CHAR}|${APOSTROPHE}${WORD_CHAR})`;
  const words = phrase.map((fold) => fold.replace(/'/g, APOSTROPHE));
  return new RegExp(`${notAfterWord}(?=(${words.join(`${notBeforeWord}[^\\p{L}\\p{N}\\p{M}]+`)}${notBeforeWord}))`, 'giu');
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
