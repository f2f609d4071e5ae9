// A quotation is checked token by token — words and single punctuation marks — so whitespace never matters and the
// typographic variants people cannot type (curly quotes, apostrophe look-alikes, dashes, `…`) compare equal to
// what they can.
import { DASH_CHARS, foldTypography, WORD_SOURCE } from '../text/normalize.js';

export interface QuoteToken {
  /** What is compared: `foldTypography` of the token, `-` for any dash run, `...` for an ellipsis. */
  key: string;
  start: number;
  end: number;
}

const DASH = new RegExp(`^[${DASH_CHARS}]`);
const TOKEN = new RegExp(`${WORD_SOURCE}|\\.\\.\\.|…|[${DASH_CHARS}]+|[^\\s\\p{L}\\p{N}\\p{M}\\p{Cf}\\p{Cc}]`, 'gu');

function keyOf(token: string): string {
  if (token === '…') return '...';
  if (DASH.test(token)) return '-';
  return foldTypography(token);
}

export function quoteTokens(text: string): QuoteToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ key: keyOf(m[0]), start: m.index, end: m.index + m[0].length }));
}
