// The index's terms are one sorted array (UTF-16 code unit order); a term's place in it is its number, which
// addresses its postings, and prefixes are runs of it.

/** The first place in `sorted` whose term is not before `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The term's number, or -1 when the vocabulary does not hold it. */
export function termNumber(vocabulary: readonly string[], term: string): number {
  const at = lowerBound(vocabulary, term);
  return vocabulary[at] === term ? at : -1;
}
