/// <reference lib="es2024.string" />
// Where text may be cut: only between grapheme clusters (what a reader sees as one character), so that no cut splits
// an emoji, a letter from its accent or a surrogate pair, which Discord refuses as malformed Unicode.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Offsets in UTF-16 code units at which the grapheme clusters of `text` end, ascending, up to the last one within
 * `max`. Clusters are Unicode's extended grapheme clusters (UAX #29), as `Intl.Segmenter` finds them.
 */
export function graphemeEnds(text: string, max = text.length): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (end > max) break;
    ends.push(end);
  }
  return ends;
}

/**
 * The longest prefix of `text` made of whole grapheme clusters and at most `max` UTF-16 code units long ('' when the
 * first cluster is longer), as well-formed Unicode: a lone surrogate becomes U+FFFD.
 */
export function cutText(text: string, max: number): string {
  const clean = text.toWellFormed();
  return clean.length <= max ? clean : clean.slice(0, graphemeEnds(clean, max).at(-1) ?? 0);
}
