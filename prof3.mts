import { loadCorpus } from './src/corpus/loadCorpus.js';
import { buildIndex, loadIndex, saveIndex } from './src/search/index.js';
import { growCorpus } from './tests/bench/syntheticCorpus.js';
const base = await loadCorpus('corpus');
const corpus = growCorpus(base, 32000);
const bytes = saveIndex(buildIndex(corpus));
for (let i = 0; i < 6; i++) { const t = performance.now(); loadIndex(bytes, corpus); console.log('load ms', (performance.now() - t).toFixed(0)); }
