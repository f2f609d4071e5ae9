// A quotation is checked token by token — words and single punctuation marks — so whitespace never matters and the
// typographic variants people cannot type (curly quotes, dashes, `…`) compare equal to what they can.
import { WORD_SOURCE } from '../search/text.js';

export interface QuoteToken {
  /** What is compared: lower case, straight quotes, `-` for any dash run, `...` for an ellipsis. */
  key: string;
  start: number;
  end: number;
}

const DASHES = '-‐‑‒–—―−';
const DASH = new RegExp(`^[${DASHES}]`);
const TOKEN = new RegExp(`${WORD_SOURCE}|\\.\\.\\.|…|[${DASHES}]+|[^\\s\\p{L}\\p{N}\\p{M}\\p{Cf}]`, 'gu');

function keyOf(token: string): string {
  if (token === '…') return '...';
  if (DASH.test(token)) return '-';
  return token
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘ʼʻ′`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"');
}

export function quoteTokens(text: string): QuoteToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ key: keyOf(m[0]), start: m.index, end: m.index + m[0].length }));
}
