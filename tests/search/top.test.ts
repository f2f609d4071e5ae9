// top() cuts on a heap-found cutoff; whatever the keys, ties and count, it must agree with sorting everything when the
// items come in the order of the tie-break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { top } from '../../src/search/top.js';

describe('top', () => {
  it('returns the first `count` items of the full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 40 }), (keys, count) => {
        const key = (id: number) => (keys[id] as number) / 4;
        const order = (a: number, b: number) => key(b) - key(a) || a - b;
        const ids = keys.map((_, id) => id);
        const expected = [...ids].sort(order).slice(0, count);
        expect(top(Int32Array.from(ids), count, key, order)).toEqual(expected);
      }),
    );
  });
});
