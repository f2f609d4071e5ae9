// One definition of "a word" for indexing, querying and phrase checks, so the three always agree. Words carry
// offsets into the original string: folding changes a word's key, never where it sits in the text.

/** Letters, digits and marks, with apostrophes allowed between them (`Saddam’s`, `don't`). */
export const WORD_SOURCE = "[\\p{L}\\p{N}\\p{M}]+(?:['’‘ʼʻ′][\\p{L}\\p{N}\\p{M}]+)*";

export interface Word {
  /** Offset of the word's first UTF-16 unit in the scanned text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** Case, diacritics and apostrophe variants folded away: what phrases compare. `termOf(fold)` is what the index
   * stores. */
  fold: string;
}

/**
 * Function words and question words left out of the index: they occur in most passages, so indexing them costs
 * postings and time, and counting them would let `When did…?` questions rank by their grammar. Phrases still check
 * them against the text. Words that double as names (`US`, `May`, `WHO`… `who` excepted) are kept.
 */
const STOP_WORDS = new Set([
  'a', 'about', 'after', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'could', 'did',
  'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'if', 'in', 'into', 'is', 'it', 'its',
  'of', 'on', 'or', 'our', 'she', 'so', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they',
  'this', 'those', 'to', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'who', 'whom', 'why', 'will', 'with',
  'would', 'you', 'your',
]);

/** Shared, not rebuilt per call (scanning is synchronous, so `lastIndex` is never in use by two callers). */
const WORD = new RegExp(WORD_SOURCE, 'gu');
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /['’‘ʼʻ′]/g;
const NONSPACING_MARKS = /\p{Mn}/gu;

export function fold(word: string): string {
  const straight = word.replace(APOSTROPHES, "'");
  if (ASCII.test(straight)) return straight.toLowerCase();
  return straight.normalize('NFKD').toLowerCase().normalize('NFKD').replace(NONSPACING_MARKS, '');
}

/** The folded word without apostrophes or a possessive `'s`, so `Saddam’s` and `Saddam` meet on `saddam`. */
export function termOf(folded: string): string {
  return folded.replace(/'s$/, '').replace(/'/g, '');
}

/** Whether a term is worth looking up in the index at all. */
export function isIndexed(term: string): boolean {
  return term.length > 0 && !STOP_WORDS.has(term);
}

/** Up to `max` words of `text` starting at or after `from` and before `to`. */
export function scanWords(text: string, from = 0, to = text.length, max = Infinity): Word[] {
  WORD.lastIndex = from;
  const found: Word[] = [];
  for (let m = WORD.exec(text); m !== null && m.index < to && found.length < max; m = WORD.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, fold: fold(m[0]) });
  }
  return found;
}

/** Case-, accent- and typography-insensitive form of a label (a title, a name), for matching what people type. */
export function label(value: string): string {
  return value
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
