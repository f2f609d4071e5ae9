// Relevance on the real corpus: each researcher-style query must find its passage in the top 3.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/build.js';
import { searchPassages } from '../../src/search/search.js';
import { relevanceCases } from './cases.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadCorpus(defaultCorpusDir));
});

describe('relevance suite', () => {
  it('has at least 30 cases, each naming a real passage', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(30);
    for (const { expected } of relevanceCases) expect(index.corpus.passageById.has(expected), expected).toBe(true);
  });

  it('finds the expected passage in the top 3 for at least 90% of queries', () => {
    const ranks = relevanceCases.map(({ query, expected }) => {
      const ids = searchPassages(index, query, { limit: 10 }).hits.map((hit) => hit.passage.id);
      return { query, rank: ids.indexOf(expected) + 1 };
    });
    const hitAt3 = ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length / ranks.length;
    const mrr = ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / ranks.length;
    const misses = ranks.filter((r) => r.rank === 0 || r.rank > 3);
    console.log(
      `relevance: hit@3 ${hitAt3.toFixed(3)}, MRR ${mrr.toFixed(3)} over ${ranks.length} queries` +
        (misses.length ? `; outside the top 3: ${misses.map((m) => `${JSON.stringify(m.query)} (rank ${m.rank || '>10'})`).join(', ')}` : ''),
    );
    expect(hitAt3).toBeGreaterThanOrEqual(0.9);
  });
});
