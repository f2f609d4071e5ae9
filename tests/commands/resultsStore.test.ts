// The store behind Previous/Next: short keys, a time limit and a size cap.
import { describe, expect, it } from 'vitest';
import { ResultsStore, type SavedSearch } from '../../src/bot/resultsStore.js';

const search = (query: string): SavedSearch => ({ query, filters: {}, perPage: 3, fingerprint: 'f' });

describe('ResultsStore', () => {
  it('gives a short key that brings the search back', () => {
    const store = new ResultsStore();
    const key = store.save(search('a'));
    expect(key).toMatch(/^[\w-]{8}$/u);
    expect(store.get(key)?.query).toBe('a');
    expect(store.get('unknown')).toBeUndefined();
  });

  it('forgets a search when its time is up', () => {
    let now = 0;
    const store = new ResultsStore(1000, 10, () => now);
    const key = store.save(search('a'));
    now = 1000;
    expect(store.get(key)).toBeDefined();
    now = 1001;
    expect(store.get(key)).toBeUndefined();
  });

  it('forgets the oldest searches beyond its cap', () => {
    const store = new ResultsStore(60_000, 2);
    const [first, second, third] = ['a', 'b', 'c'].map((q) => store.save(search(q)));
    expect([first, second, third].map((key) => store.get(key!)?.query)).toEqual([undefined, 'b', 'c']);
  });
});
