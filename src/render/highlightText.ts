// Bolds matched ranges of a passage while escaping everything else: our bold is the only markdown.
import { escapeMarkdown } from './escapeMarkdown.js';

/** `ranges` are [start, end) offsets into `text`; overlapping or unsorted ranges are merged. */
export function highlightText(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): string {
  const merged = mergeRanges(ranges, text.length);
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += escapeMarkdown(text.slice(at, start));
    out += `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
