// Relevance on the real corpus: researcher-style queries must find their passage near the top (hit@3 and MRR).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex, searchPassages, type SearchIndex } from '../../src/search/index.js';
import { relevanceCases } from './cases.js';

/** Hits looked at: MRR counts ranks 1 to 10, a passage found lower counts 0. */
const DEPTH = 10;
const MIN_HIT_AT_3 = 0.95;
const MIN_MRR = 0.9;

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(defaultCorpusDir));
});

describe('relevance suite', () => {
  it('has at least 100 cases, each naming a real passage', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(100);
    for (const { expected } of relevanceCases) expect(index.corpus.passageById.has(expected), expected).toBe(true);
  });

  it(`finds the expected passage in the top 3 for ${MIN_HIT_AT_3 * 100}% of queries, with MRR@${DEPTH} ≥ ${MIN_MRR}`, () => {
    const ranks = relevanceCases.map(({ kind, query, expected, filters }) => {
      const ids = searchPassages(index, query, { filters, limit: DEPTH }).hits.map((hit) => hit.passage.id);
      return { kind, query, expected, filters, rank: ids.indexOf(expected) + 1 };
    });
    const hitAt3 = ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length / ranks.length;
    const mrr = ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / ranks.length;
    const misses = ranks.filter((r) => r.rank === 0 || r.rank > 3);
    console.log(
      [
        `relevance: hit@3 ${hitAt3.toFixed(3)}, MRR@${DEPTH} ${mrr.toFixed(3)} over ${ranks.length} queries` +
          `; ${misses.length} outside the top 3`,
        ...misses.map(
          (m) =>
            `  [${m.kind}] ${JSON.stringify(m.query)}${m.filters ? ` ${JSON.stringify(m.filters)}` : ''}` +
            ` → ${m.expected} at rank ${m.rank || `>${DEPTH}`}`,
        ),
      ].join('\n'),
    );
    expect(hitAt3).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
    expect(mrr).toBeGreaterThanOrEqual(MIN_MRR);
  });
});
