// Quoted phrases are checked against the passage text itself, word by word after folding: the words as written,
// never other forms, so a phrase is only found where the passage says it.
import type { QueryPhrase } from './query.js';
import { scanWords, termOf } from '../text/words.js';

/** A [start, end) range of UTF-16 offsets into a passage's text. */
export type Range = [number, number];

/** The index terms a passage must hold in its text for the phrase to be in it. */
export function phraseTerms(phrase: QueryPhrase): string[] {
  return [...new Set(phrase.map(termOf).filter((term) => term !== ''))];
}

/** Every occurrence of the phrase in `text`. */
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
