// Shortens text to a length budget at a word boundary, with an ellipsis: never mid-word, never mid-character, never
// silently.
import { graphemeEnds } from '../text/graphemes.js';

export const ELLIPSIS = '…';

/**
 * The longest prefix of `text` that ends at a word boundary and whose rendering (`render`, e.g. escaping) plus
 * `suffix` fits in `max` UTF-16 code units; a single word longer than that is cut between two characters (grapheme
 * clusters). Returns the text unchanged when it fits, and whether it was cut. `render` must never shorten text and
 * must render a longer prefix no shorter.
 */
export function fitText(
  text: string,
  max: number,
  render: (text: string) => string = (t) => t,
  suffix = ELLIPSIS,
): { text: string; cut: boolean } {
  const whole = render(text);
  if (whole.length <= max) return { text: whole, cut: false };
  // Rendering never shortens text, so every cut is within `max` code units of the start.
  const ends = graphemeEnds(text, max);
  const start = text.search(/\S/u);
  const wordEnds = ends.filter((end) => end > start && /\s/u.test(text[end] ?? ''));
  const atWord = lastFitting(wordEnds, (end) => `${render(text.slice(0, end).trimEnd())}${suffix}`, max);
  // A single word longer than the budget: cut it, since an empty answer would say less.
  const inWord = atWord ?? lastFitting(ends, (end) => `${render(text.slice(0, end))}${suffix}`, max);
  return { text: inWord ?? (suffix.length <= max ? suffix : ''), cut: true };
}

/** The candidate of the last of `ends` that fits in `max`; candidates grow with their end, so halving finds it. */
function lastFitting(ends: readonly number[], candidate: (end: number) => string, max: number): string | undefined {
  let found: string | undefined;
  let [low, high] = [0, ends.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const text = candidate(ends[middle]!);
    if (text.length <= max) [found, low] = [text, middle + 1];
    else high = middle - 1;
  }
  return found;
}
