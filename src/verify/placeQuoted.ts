// Where the quoted runs of an edited quotation lie in a stretch of document tokens: each word for word, in order,
// with anything between them (what the marks stand for), all within one run of passages.

/**
 * The document start of each quoted run (`runs` are [from, to) ranges of `quote`), choosing among placements the
 * one spanning the fewest document tokens, then the earliest; null when the runs do not all occur in order inside
 * one group. `groupOf(i)` names the group of document token i (the passages of one speaker); groups are contiguous.
 * Costs about the number of occurrences of each run times the document's length.
 */
export function placeQuoted(
  quote: readonly string[],
  runs: readonly (readonly [number, number])[],
  doc: readonly string[],
  groupOf: (docToken: number) => number,
): number[] | null {
  // For each run, its occurrences in order, with the latest start of the first run a chain ending there can have
  // (the later, the shorter the span) and the occurrence of the run before it in that chain.
  const steps: { at: number[]; first: number[]; previous: number[] }[] = [];
  for (const [r, [from, to]] of runs.entries()) {
    const length = to - from;
    const before = steps[r - 1];
    const lengthBefore = r > 0 ? runs[r - 1]![1] - runs[r - 1]![0] : 0;
    const step: { at: number[]; first: number[]; previous: number[] } = { at: [], first: [], previous: [] };
    for (let at = 0; at + length <= doc.length; at++) {
      if (groupOf(at) !== groupOf(at + length - 1)) continue;
      let k = 0;
      while (k < length && doc[at + k] === quote[from + k]) k++;
      if (k < length) continue;
      if (!before) {
        step.at.push(at);
        step.first.push(at);
        step.previous.push(-1);
        continue;
      }
      // Chains ending later start no earlier, so the latest run before that ends in time is the best predecessor.
      const p = latestAtOrBefore(before.at, at - lengthBefore);
      if (p < 0 || groupOf(before.at[p]!) !== groupOf(at)) continue;
      step.at.push(at);
      step.first.push(before.first[p]!);
      step.previous.push(p);
    }
    if (step.at.length === 0) return null;
    steps.push(step);
  }
  const last = steps[steps.length - 1];
  const lastLength = runs.length > 0 ? runs[runs.length - 1]![1] - runs[runs.length - 1]![0] : 0;
  if (!last) return null;
  let best = 0;
  const span = (i: number) => last.at[i]! + lastLength - last.first[i]!;
  for (let i = 1; i < last.at.length; i++) if (span(i) < span(best)) best = i;
  const starts: number[] = [];
  for (let r = steps.length - 1, i = best; r >= 0; i = steps[r]!.previous[i]!, r--) starts.unshift(steps[r]!.at[i]!);
  return starts;
}

/** Index of the last value ≤ limit in an ascending array, or -1. */
function latestAtOrBefore(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
