// Loads the corpus and its search index, using the saved index only when its fingerprint matches the corpus.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus.js';
import type { Corpus } from '../corpus/types.js';
import { buildSearchIndex, type SearchIndex } from '../search/build.js';
import { loadIndex, serializeIndex } from '../search/serialize.js';

/** The saved index, beside the documents it was built from. */
export const INDEX_FILE = 'search-index.json';

/** Where start-up says what it did; a pino logger fits, and so does a test's recorder. */
export interface LibraryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export async function openLibrary(corpusDir: string, log: LibraryLog): Promise<SearchIndex> {
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir);
  const index = await indexFor(corpus, corpusDir, log);
  log.info(
    {
      documents: corpus.documents.length,
      passages: corpus.passages.length,
      fingerprint: index.fingerprint.slice(0, 12),
      ms: Math.round(performance.now() - started),
    },
    'corpus loaded',
  );
  return index;
}

/** The saved index of `corpus` when it matches, otherwise one built now; the log says which. */
export async function indexFor(corpus: Corpus, corpusDir: string, log: LibraryLog): Promise<SearchIndex> {
  const file = path.join(corpusDir, INDEX_FILE);
  let saved: unknown;
  try {
    saved = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing) log.warn({ file, error: (error as Error).message }, 'saved search index is unreadable; rebuilding in memory');
    else log.info({ file }, 'no saved search index; building it in memory');
  }
  let index = saved === undefined ? null : loadIndex(saved, corpus);
  if (saved !== undefined && index === null) log.info({ file }, 'saved search index does not match the corpus; rebuilding in memory');
  if (index) log.info({ file }, 'using the saved search index: it matches the corpus');
  return index ?? buildSearchIndex(corpus);
}

/** Writes the index next to the corpus, for `npm run build:index`. */
export async function saveIndex(corpusDir: string, index: SearchIndex): Promise<string> {
  const file = path.join(corpusDir, INDEX_FILE);
  await writeFile(file, JSON.stringify(serializeIndex(index)));
  return file;
}
