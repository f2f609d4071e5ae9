// Quoted phrases are checked against the passage text itself, word by word after folding, starting from where the
// index says the phrase's first indexed word occurs: only the few words around each occurrence are read.
import type { SearchIndex } from './build.js';
import { occurrencesOf } from './postings.js';
import type { QueryPhrase } from './query.js';
import { isIndexed, scanWords, termOf, type Word } from './text.js';

/** A [start, end) range of UTF-16 offsets into a passage's text. */
export type Range = [number, number];

/** The index terms a phrase needs a passage to contain; empty for a phrase of stop words only. */
export function phraseTerms(phrase: QueryPhrase): string[] {
  return phrase.map(termOf).filter(isIndexed);
}

/** Every occurrence of the phrase in the passage's text; none for a phrase of stop words only. */
export function phraseRanges(index: SearchIndex, ordinal: number, phrase: QueryPhrase): Range[] {
  const passage = index.corpus.passages[ordinal];
  if (!passage) return [];
  const anchor = phrase.findIndex((folded) => isIndexed(termOf(folded)));
  const anchorTerm = termOf(phrase[anchor] ?? '');
  const { text } = passage;
  const ranges: Range[] = [];
  for (const [start] of anchor < 0 ? [] : occurrencesOf(index, anchorTerm, ordinal)) {
    const after = scanWords(text, start, text.length, phrase.length - anchor);
    if (!sameWords(after, phrase.slice(anchor))) continue;
    const before = anchor === 0 ? [] : wordsBefore(text, start, anchor);
    const first = before[0] ?? after[0];
    const last = after[after.length - 1];
    if (first && last && sameWords(before, phrase.slice(0, anchor))) ranges.push([first.start, last.end]);
  }
  return ranges;
}

function sameWords(words: Word[], folds: string[]): boolean {
  return words.length === folds.length && words.every((word, i) => word.fold === folds[i]);
}

/** The `count` words just before `end`: reads a small window, widening it only when the words are long. */
function wordsBefore(text: string, end: number, count: number): Word[] {
  for (let width = 32 * count; ; width *= 4) {
    const from = Math.max(0, end - width);
    const words = scanWords(text, from, end);
    if (from > 0) words.shift(); // the window may have cut it
    if (words.length >= count || from === 0) return words.slice(-count);
  }
}
