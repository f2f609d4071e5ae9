// One definition of "a word" for indexing, querying, phrases and highlights, so they always agree. Words carry
// offsets into the original string: folding changes a word's key, never where it sits in the text.
import { COMPOUND_JOINERS, foldWord, WORD_SOURCE } from './normalize.js';

export interface Word {
  /** Offset of the word's first UTF-16 unit in the scanned text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** The word folded by `foldWord`: what phrases compare. */
  fold: string;
}

/** An index token: a word's term, or a compound's parts joined into one term, with where it stands. */
export interface Token {
  start: number;
  end: number;
  term: string;
}

/** Shared, not rebuilt per call (scanning is synchronous, so `lastIndex` is never in use by two callers). */
const WORD = new RegExp(WORD_SOURCE, 'gu');
const JOINER = new RegExp(`^[${COMPOUND_JOINERS}]$`);

/** Up to `max` words of `text` starting at or after `from` and before `to`. */
export function scanWords(text: string, from = 0, to = text.length, max = Infinity): Word[] {
  WORD.lastIndex = from;
  const found: Word[] = [];
  for (let m = WORD.exec(text); m !== null && m.index < to && found.length < max; m = WORD.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, fold: foldWord(m[0]) });
  }
  return found;
}

/** The folded word without apostrophes or a possessive `'s`, so `Saddam’s` and `Saddam` meet on `saddam`. */
export function termOf(folded: string): string {
  return folded.replace(/'s$/, '').replace(/'/g, '');
}

/**
 * The index tokens of a text, in order: each word's term and, after the last part of a compound joined by a
 * hyphen or en dash with no space (`co-operation`, `Mojahedin-e-Khalq`), the parts joined into one term, so the
 * joined spelling (`cooperation`) finds it and a hyphenated query can ask for the whole compound.
 */
export function indexTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let chain: Word[] = [];
  const closeChain = () => {
    const [first] = chain;
    const last = chain[chain.length - 1];
    if (chain.length > 1 && first && last) {
      tokens.push({ start: first.start, end: last.end, term: chain.map((word) => termOf(word.fold)).join('') });
    }
  };
  for (const word of scanWords(text)) {
    const previous = chain[chain.length - 1];
    if (previous && !(word.start === previous.end + 1 && JOINER.test(text.charAt(previous.end)))) {
      closeChain();
      chain = [];
    }
    chain.push(word);
    const term = termOf(word.fold);
    if (term !== '') tokens.push({ start: word.start, end: word.end, term });
  }
  closeChain();
  return tokens;
}
