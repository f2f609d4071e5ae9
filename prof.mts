import { loadCorpus } from './src/corpus/loadCorpus.js';
import { buildIndex, searchPassages } from './src/search/index.js';
import { growCorpus } from './tests/bench/syntheticCorpus.js';
import { relevanceCases } from './tests/relevance/cases.js';
const base = await loadCorpus('corpus');
const corpus = growCorpus(base, Number(process.env.N ?? 32000));
const index = buildIndex(corpus);
const qs = [...relevanceCases.map(c => c.query), 'rajavi~100', '*a*', 'a'.repeat(10000), '"the the the"', 'Saddam*', 'mojahedin -iraq', '', '🙂 صدام', 'field:value ^2 +x'];
for (const q of qs) searchPassages(index, q, { limit: 5 });
const times: [number, string][] = [];
for (const q of qs) { const t = performance.now(); for (let i = 0; i < 3; i++) searchPassages(index, q, { limit: 5 }); times.push([(performance.now() - t) / 3, q]); }
times.sort((a, b) => b[0] - a[0]);
for (const [ms, q] of times.slice(0, 25)) console.log(ms.toFixed(2), JSON.stringify(q).slice(0, 80), searchPassages(index, q).total);
