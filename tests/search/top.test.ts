// top() cuts on a heap-found cutoff; whatever the keys, ties and count, it must agree with sorting everything when the
// items come in the order of the tie-break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { top } from '../../src/search/top.js';

describe('top', () => {
  it('returns the first `count` items of the full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 40 }), (keys, count) => {
        const items = keys.map((key, id) => ({ key: key / 4, id }));
        const order = (a: (typeof items)[number], b: (typeof items)[number]) => b.key - a.key || a.id - b.id;
        const expected = [...items].sort(order).slice(0, count);
        expect(top([...items], count, (item) => item.key, order)).toEqual(expected);
      }),
    );
  });
});
