// Entry point of `npm run build:index`: builds the search index of the corpus and saves it beside it.
import { readCorpusDir } from '../config.js';
import { CorpusError, loadCorpus } from '../corpus/loadCorpus.js';
import { buildIndex } from '../search/index.js';
import { saveIndex } from './openLibrary.js';

const corpusDir = readCorpusDir(process.env);
try {
  const started = performance.now();
  const index = buildIndex(await loadCorpus(corpusDir));
  const file = await saveIndex(corpusDir, index);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `wrote ${file} (${index.corpus.passages.length} passages, fingerprint ${index.fingerprint.slice(0, 12)}, ${ms} ms)\n`,
  );
} catch (error) {
  process.stderr.write(
    `verbatim: ${error instanceof CorpusError ? error.message : `cannot build the index: ${(error as Error).message}`}\n`,
  );
  process.exitCode = 1;
}
