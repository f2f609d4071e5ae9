// The marks an editor puts in a quotation: an ellipsis (`…`, `...`, `. . .`, `[…]`) for words left out, square
// brackets (`[Saddam]`) for words put in. Everything else in the quotation is quoted, and must be the document's.
import { ELLIPSIS_KEY, type QuoteToken } from './quoteTokens.js';

export type MarkKind = 'omission' | 'insertion';

/** Quotation tokens [from, to): quoted words, or a run of marks (an omission when it holds an ellipsis). */
export interface QuotationPiece {
  kind: 'quoted' | MarkKind;
  from: number;
  to: number;
}

/**
 * The quotation as quoted runs and the mark runs between them, in order; consecutive marks make one run. A `[`
 * with no `]` after it (before the next `[`) is quoted like any other token.
 */
export function quotationPieces(tokens: readonly QuoteToken[]): QuotationPiece[] {
  const marks: (MarkKind | undefined)[] = tokens.map((token) => (token.key === ELLIPSIS_KEY ? 'omission' : undefined));
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open]?.key !== '[') continue;
    let close = open + 1;
    while (close < tokens.length && tokens[close]?.key !== ']' && tokens[close]?.key !== '[') close++;
    if (tokens[close]?.key !== ']') continue;
    const inside = tokens.slice(open + 1, close);
    const kind = inside.length > 0 && inside.every((token) => token.key === ELLIPSIS_KEY) ? 'omission' : 'insertion';
    marks.fill(kind, open, close + 1);
    open = close;
  }
  const pieces: QuotationPiece[] = [];
  marks.forEach((mark, at) => {
    const kind = mark ?? 'quoted';
    const last = pieces[pieces.length - 1];
    const joins = last !== undefined && (last.kind === 'quoted') === (kind === 'quoted');
    if (!joins) pieces.push({ kind, from: at, to: at + 1 });
    else {
      last.to = at + 1;
      if (kind === 'omission') last.kind = 'omission';
    }
  });
  return pieces;
}
