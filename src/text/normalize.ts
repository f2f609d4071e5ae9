// The one normalization of text for comparing: what counts as an apostrophe, a quotation mark, a dash, an ellipsis or
// an invisible character, and how a word or a label folds. Search, verification, filters and suggestions all compare through here.

/**
 * Characters people type or paste for an apostrophe inside a word: the typewriter and typographic ones, the
 * modifier letters, prime and accents that other keyboards produce (the grave accent of `Saddam`s`), and
 * look-alikes from other scripts. As a regex character class body.
 */
export const APOSTROPHE_CHARS = "'’‘‛ʼʻʽʹ′`´ꞌ＇՚׳᾿᾽";

/** Quotation marks, straight, curly, low, angled and full-width, as a class body. */
export const QUOTE_CHARS = '"“”„‟«»‹›〝〞＂″';

/** Hyphens, dashes and minus signs, as a class body (the hyphen-minus first, so it reads as a literal). */
export const DASH_CHARS = '\\-‐‑‒–—―−⁃﹘﹣－';

/** An ellipsis as people type it: the character, or three full stops, spaced or not. As a regex source. */
export const ELLIPSIS_SOURCE = '…|\\.(?:\\s?\\.){2}';

/** Dashes that join the parts of a compound written without spaces (`co-operation`, `Iran–Iraq`). */
export const COMPOUND_JOINERS = '\\-‐‑‒–';

/** Format characters (zero-width spaces and joiners, bidi controls, soft hyphens) and other controls. */
export const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/** A word: letters, digits and marks, with apostrophes or invisible characters allowed between them. */
export const WORD_SOURCE = `[\\p{L}\\p{N}\\p{M}]+(?:[${APOSTROPHE_CHARS}\\p{Cf}]+[\\p{L}\\p{N}\\p{M}]+)*`;

const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
const QUOTES = new RegExp(`[${QUOTE_CHARS}]`, 'g');
const DASHES = new RegExp(`[${DASH_CHARS}]`, 'g');
const FORMAT = /\p{Cf}/gu;
const NONSPACING_MARKS = /\p{Mn}/gu;
/** ASCII that folds by lower-casing alone (the grave accent is an apostrophe here, so it is left out). */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * A word's comparison key: NFKC compatibility forms, lower case, no diacritics, no invisible characters, every
 * apostrophe as `'`. Idempotent. Offsets are never taken from the result: callers keep the word's place in the text.
 */
export function foldWord(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase();
  // Apostrophes are mapped before decomposing (NFKD turns `´` into a space and a mark) and after (it turns `＇`
  // and `″` into apostrophes and primes).
  return word
    .replace(FORMAT, '')
    .replace(APOSTROPHES, "'")
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .normalize('NFC');
}

/** Case-, accent- and typography-insensitive form of a label (a title, a name, an id) as people type it. */
export function foldLabel(value: string): string {
  return foldWord(value.replace(INVISIBLE, ' ')).replace(QUOTES, '"').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/**
 * Text with typography folded but letters kept as they are (accents count): NFKC, lower case, no invisible
 * characters, one apostrophe, one quotation mark, one dash. What quotation checks compare.
 */
export function foldTypography(text: string): string {
  // Marks are mapped before NFKC as well as after: it would turn `´` and `᾿` into a space and an accent, and `″`
  // into two primes (apostrophes), so a look-alike would no longer fold to the mark it stands for.
  return foldMarks(foldMarks(text.replace(FORMAT, '')).normalize('NFKC').toLowerCase());
}

function foldMarks(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
}

/**
 * What a mark standing alone, outside any word, compares as in a quotation: every quotation mark, and every
 * apostrophe look-alike (`‘with…’`, `'scare quotes'`), is `"`, since a writer quoting a passage that has "quotes"
 * turns them into single ones; an apostrophe inside a word is part of the word and never reaches here. Anything
 * else folds as `foldTypography` folds it.
 */
export function foldLoneMark(mark: string): string {
  return LONE_QUOTE.test(mark) ? '"' : foldTypography(mark);
}

const LONE_QUOTE = new RegExp(`^[${APOSTROPHE_CHARS}${QUOTE_CHARS}]$`, 'u');

/** Whether a character is a quotation mark of any style. */
export function isQuoteMark(char: string): boolean {
  return char.length > 0 && QUOTE_CHARS.includes(char);
}
