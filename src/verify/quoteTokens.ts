// A quotation is checked token by token — words and single punctuation marks — so whitespace never matters and the
// typographic variants people cannot type (curly quotes, apostrophe look-alikes, dashes, `…`) compare equal to
// what they can.
import { APOSTROPHE_CHARS, DASH_CHARS, ELLIPSIS_SOURCE, foldLoneMark, WORD_SOURCE } from '../text/normalize.js';

export interface QuoteToken {
  /**
   * What is compared: `foldTypography` of a word, `-` for any dash run, `...` for an ellipsis (`…`, `...`, `. . .`),
   * `"` for any quotation mark or apostrophe outside a word (`foldLoneMark`).
   */
  key: string;
  start: number;
  end: number;
}

/** The key every ellipsis compares as. */
export const ELLIPSIS_KEY = '...';
const ELLIPSIS = new RegExp(`^(?:${ELLIPSIS_SOURCE})$`, 'u');
const DASH = new RegExp(`^[${DASH_CHARS}]`);
const APOSTROPHE = new RegExp(`[${APOSTROPHE_CHARS}]`);
const TOKEN = new RegExp(`${WORD_SOURCE}|${ELLIPSIS_SOURCE}|[${DASH_CHARS}]+|[^\\s\\p{L}\\p{N}\\p{M}\\p{Cf}\\p{Cc}]`, 'gu');

function keyOf(token: string): string {
  if (ELLIPSIS.test(token)) return ELLIPSIS_KEY;
  if (DASH.test(token)) return '-';
  return foldLoneMark(token);
}

export function quoteTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const push = (start: number, end: number) => tokens.push({ key: keyOf(text.slice(start, end)), start, end });
  for (const m of text.matchAll(TOKEN)) {
    // Some apostrophe look-alikes are letters (`ʼ`, `ꞌ`), so a word may have taken one in at its edge: it is a mark
    // of its own there, as `’` is, or `prisonersʼ rights` would differ from `prisoners’ rights`.
    let start = m.index;
    let end = start + m[0].length;
    const trailing: number[] = [];
    while (end - start > 1 && APOSTROPHE.test(text.charAt(end - 1))) trailing.unshift(--end);
    while (end - start > 1 && APOSTROPHE.test(text.charAt(start))) push(start, ++start);
    push(start, end);
    for (const at of trailing) push(at, at + 1);
  }
  return tokens;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Where `count` words before token `at` begin (with the marks among them), going back no further than `floor`. */
export function wordsBefore(tokens: readonly QuoteToken[], at: number, count: number, floor = 0): number {
  let from = at;
  for (let words = 0; from > floor && words < count;) if (WORDLIKE.test(tokens[--from]!.key)) words++;
  return from;
}

/** Where `count` words from token `at` on end (with the marks among them), going no further than `ceiling`. */
export function wordsFrom(tokens: readonly QuoteToken[], at: number, count: number, ceiling = tokens.length): number {
  let to = at;
  for (let words = 0; to < ceiling && words < count;) if (WORDLIKE.test(tokens[to++]!.key)) words++;
  return to;
}
