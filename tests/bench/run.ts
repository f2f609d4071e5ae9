// `npm run bench`: index build, search and render timings on the real corpus grown to 1k, 10k and 100k passages.
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { passageEmbed } from '../../src/render/passageEmbed.js';
import { toMessagePayload } from '../../src/render/reply.js';
import { buildIndex } from '../../src/search/build.js';
import { serializeIndex, loadIndex } from '../../src/search/serialize.js';
import { searchPassages } from '../../src/search/search.js';
import { relevanceCases } from '../relevance/cases.js';
import { growCorpus } from './syntheticCorpus.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const HOSTILE = ['rajavi~100', '*a*', 'a'.repeat(10_000), '"the the the"', 'Saddam*', 'mojahedin -iraq', '', '🙂 صدام', 'field:value ^2 +x'];
const queries = [...relevanceCases.map((c) => c.query), ...HOSTILE];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeEach(runs: number, work: (query: string) => void): number[] {
  const times: number[] = [];
  for (let round = 0; round < runs; round++) {
    for (const query of queries) {
      const start = performance.now();
      work(query);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;
const base = await loadCorpus(defaultCorpusDir);
console.log(`node ${process.version}, ${queries.length} queries (relevance suite + hostile), 5 rounds each\n`);
console.log('passages | build | save+load | search p50 | p95 | max | search+render p50 | p95 | heap');
for (const size of SIZES) {
  const corpus = growCorpus(base, size);
  const built = performance.now();
  const index = buildIndex(corpus);
  const buildMs = performance.now() - built;
  const loadStart = performance.now();
  const reloaded = loadIndex(JSON.parse(JSON.stringify(serializeIndex(index))), corpus);
  const loadMs = performance.now() - loadStart;
  if (!reloaded) throw new Error('saved index did not load');
  timeEach(1, (q) => searchPassages(index, q, { limit: 5 })); // warm-up
  const search = timeEach(5, (q) => searchPassages(index, q, { limit: 5 }));
  const rendered = timeEach(5, (q) => {
    const { hits } = searchPassages(index, q, { limit: 3 });
    toMessagePayload({
      embeds: hits.map((hit) => passageEmbed(corpus, hit.passage, { highlights: hit.highlights, budget: 1500, stamp: 'bench' })),
      ephemeral: true,
    });
  });
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    [
      size.toLocaleString('en'),
      format(buildMs),
      format(loadMs),
      format(percentile(search, 50)),
      format(percentile(search, 95)),
      format(search[search.length - 1] ?? 0),
      format(percentile(rendered, 50)),
      format(percentile(rendered, 95)),
      `${heapMb.toFixed(0)} MB`,
    ].join(' | '),
  );
}
