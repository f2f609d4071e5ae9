import { loadCorpus } from './src/corpus/loadCorpus.js';
import { buildIndex, loadIndex, saveIndex, searchPassages } from './src/search/index.js';
import { growCorpus } from './tests/bench/syntheticCorpus.js';
import { relevanceCases } from './tests/relevance/cases.js';
const base = await loadCorpus('corpus');
const corpus = growCorpus(base, Number(process.env.N ?? 32000));
const bytes = saveIndex(buildIndex(corpus));
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = loadIndex(bytes, corpus); console.log('load ms', (performance.now() - t).toFixed(0), 'index' in r); }
const r = loadIndex(bytes, corpus); if (!('index' in r)) throw 0; const index = r.index;
const qs = [...relevanceCases.map(c => c.query), 'rajavi~100', '*a*', 'a'.repeat(10000), '"the the the"', 'Saddam*', 'mojahedin -iraq', '', '🙂 صدام', 'field:value ^2 +x'];
for (const q of qs) searchPassages(index, q, { limit: 5 });
const times: [number, string][] = [];
for (const q of qs) { const t = performance.now(); for (let i = 0; i < 5; i++) searchPassages(index, q, { limit: 5 }); times.push([(performance.now() - t) / 5, q]); }
times.sort((a, b) => b[0] - a[0]);
const all = times.map(t => t[0]).sort((a,b)=>a-b); console.log('p50', all[Math.floor(all.length*0.5)].toFixed(2), 'p95', all[Math.floor(all.length*0.95)].toFixed(2), 'p99', all[Math.floor(all.length*0.99)].toFixed(2));
for (const [ms, q] of times.slice(0, 12)) console.log(ms.toFixed(2), JSON.stringify(q).slice(0, 80), searchPassages(index, q).total);
