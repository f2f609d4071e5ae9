// An edited quotation against a stretch: its quoted words placed word for word, in order, and what each of its
// editorial marks (an ellipsis, square brackets) stands for in the document.
import { type QuotationPiece } from './editorialMarks.js';
import { placeQuoted } from './placeQuoted.js';
import { wordsBefore, type QuoteToken } from './quoteTokens.js';
import { located, type Stretch, type TokenRange } from './stretch.js';
import type { EditorialGap, QuoteMatch } from './types.js';

/** The quotation's words before a mark shown to tell it from another written alike. */
const FOLLOWS_WORDS = 3;

/** An ellipsis where the document's words either side are consecutive: it stands for nothing, and is no edit. */
export function omitsNothing(gap: Pick<EditorialGap, 'kind' | 'text'>): boolean {
  return gap.kind === 'omission' && gap.text === '';
}

/**
 * The quoted pieces placed word for word, in order, inside one speaker's passages of one section; each mark stands
 * for what lies between its neighbours (nothing, at either end of the quotation). A mark the document has as
 * written — its own `…` or `[Saddam]` — is quoted, not a gap.
 */
export function editedMatch(quotation: string, quote: QuoteToken[], pieces: QuotationPiece[], stretch: Stretch): QuoteMatch | null {
  const keys = quote.map((token) => token.key);
  const docKeys = stretch.tokens.map((token) => token.key);
  const runOf = (at: number) => stretch.speakerRuns[stretch.tokens[at]?.part ?? -1] ?? -1;
  const quotedPieces = pieces.filter((piece) => piece.kind === 'quoted');
  const starts = placeQuoted(
    keys,
    quotedPieces.map((piece) => [piece.from, piece.to] as const),
    docKeys,
    runOf,
  );
  if (!starts) return null;
  const placed = new Map(quotedPieces.map((piece, i) => [piece, [starts[i]!, starts[i]! + piece.to - piece.from] as const]));
  const firstAt = starts[0]!;
  const lastAt = [...placed.values()].at(-1)![1];
  const ranges: TokenRange[] = [];
  const gaps: EditorialGap[] = [];
  const textOf = (from: number, to: number) => (from < to ? quotation.slice(quote[from]!.start, quote[to - 1]!.end) : '');
  pieces.forEach((piece, i) => {
    const own = placed.get(piece);
    if (own) return void ranges.push(own);
    const length = piece.to - piece.from;
    const from = i === 0 ? firstAt - length : placed.get(pieces[i - 1]!)![1];
    const to = i === pieces.length - 1 ? lastAt + length : placed.get(pieces[i + 1]!)![0];
    const inRun = from >= 0 && runOf(from) === runOf(firstAt) && runOf(to - 1) === runOf(firstAt);
    if (inRun && to - from === length && keys.slice(piece.from, piece.to).every((key, k) => docKeys[from + k] === key))
      return void ranges.push([from, to]);
    const inPlace = i === 0 || i === pieces.length - 1 ? { text: '', ids: [], quoted: [] } : located(stretch, [[from, to]]);
    gaps.push({
      kind: piece.kind === 'insertion' ? 'insertion' : 'omission',
      mark: textOf(piece.from, piece.to),
      follows: textOf(wordsBefore(quote, piece.from, FOLLOWS_WORDS), piece.from),
      text: inPlace.text,
      ids: inPlace.ids,
      offsets: inPlace.quoted.flatMap((spans) => spans.slice(0, 1)),
    });
  });
  return { ...located(stretch, ranges), similarity: 1, gaps };
}
