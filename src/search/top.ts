// Only a page of hits is shown, so only the hits that can reach it are sorted: the rest are cut on a numeric key
// whose cutoff one pass with a small heap finds, where sorting every key cost milliseconds at 100,000 passages. Ties at
// the cutoff are taken in the order the items come, so thousands of equal keys (copies of one text) cost no sort.

/**
 * The first `count` items by `key`, highest first, equal keys in the order of `items` — which must be that of
 * `order`'s tie-break, as `order` sorts the few items kept.
 */
export function top(
  items: ArrayLike<number>,
  count: number,
  key: (item: number) => number,
  order: (a: number, b: number) => number,
): number[] {
  if (items.length <= count) return Array.from(items).sort(order);
  if (count <= 0) return [];
  const cutoff = countthLargest(items, count, key);
  let ties = count;
  for (let i = 0; i < items.length; i++) if (key(items[i] as number) > cutoff) ties -= 1;
  const kept: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as number;
    const value = key(item);
    if (value > cutoff || (value === cutoff && ties-- > 0)) kept.push(item);
  }
  return kept.sort(order);
}

/** The `count`-th largest key: a min-heap holds the largest seen so far, and most keys fail one comparison. */
function countthLargest(items: ArrayLike<number>, count: number, key: (item: number) => number): number {
  const heap = new Float64Array(count);
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const value = key(items[i] as number);
    if (size < count) {
      let i = size++;
      for (let parent = (i - 1) >> 1; i > 0 && (heap[parent] as number) > value; parent = (i - 1) >> 1) {
        heap[i] = heap[parent] as number;
        i = parent;
      }
      heap[i] = value;
    } else if (value > (heap[0] as number)) {
      let i = 0;
      for (let child = 1; child < count; child = 2 * i + 1) {
        if (child + 1 < count && (heap[child + 1] as number) < (heap[child] as number)) child += 1;
        if ((heap[child] as number) >= value) break;
        heap[i] = heap[child] as number;
        i = child;
      }
      heap[i] = value;
    }
  }
  return heap[0] as number;
}
