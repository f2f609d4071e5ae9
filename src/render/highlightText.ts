// Bolds matched ranges of a passage while escaping everything else: our bold is the only markdown.
import type { Range } from '../search/phrase.js';
import { mergeRanges } from '../search/ranges.js';
import { escapeMarkdown } from './escapeMarkdown.js';

/** `ranges` are [start, end) offsets into `text`; overlapping or unsorted ranges are merged. */
export function highlightText(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): string {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const merged = mergeRanges(ranges.map(([s, e]): Range => [clamp(s), clamp(e)]).filter(([s, e]) => e > s));
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += escapeMarkdown(text.slice(at, start));
    out += `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}
