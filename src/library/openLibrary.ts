// Loads the corpus and its search index, using the saved index only when its fingerprint matches the corpus.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus, type LoadOptions } from '../corpus/loadCorpus.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndex, loadIndex, saveIndex as serializeIndex, type SearchIndex } from '../search/index.js';

/** The saved index — a serialized lunr.Index with the corpus fingerprint — beside the documents it was built from. */
export const INDEX_FILE = 'search-index.json';

/** Where start-up says what it did; a pino logger fits, and so does a test's recorder. */
export interface LibraryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export async function openLibrary(corpusDir: string, log: LibraryLog, options: LoadOptions = {}): Promise<SearchIndex> {
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir, options);
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

/**
 * The saved index of `corpus` when it matches and is sound; otherwise one built now, and saved for next time when
 * the folder can be written. The log says which and why.
 */
export async function indexFor(corpus: Corpus, corpusDir: string, log: LibraryLog): Promise<SearchIndex> {
  const file = path.join(corpusDir, INDEX_FILE);
  let saved: Buffer | undefined;
  try {
    saved = await readFile(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing) log.info({ file }, 'no saved search index; building it');
    else log.warn({ file, error: (error as Error).message }, 'saved search index is unreadable; rebuilding it');
  }
  if (saved) {
    const loaded = loadIndex(saved, corpus);
    if ('index' in loaded) {
      log.info({ file }, 'using the saved search index: it matches the corpus');
      return loaded.index;
    }
    log.info({ file, reason: loaded.problem }, 'saved search index cannot serve this corpus; rebuilding it');
  }
  const index = buildIndex(corpus);
  try {
    await saveIndex(corpusDir, index);
    log.info({ file }, 'saved the search index for the next start');
  } catch (error) {
    log.warn({ file, error: (error as Error).message }, 'could not save the search index; it will be rebuilt at the next start');
  }
  return index;
}

/** Writes the index next to the corpus (for `npm run build:index` and after a rebuild), replacing it in one step. */
export async function saveIndex(corpusDir: string, index: SearchIndex): Promise<string> {
  const file = path.join(corpusDir, INDEX_FILE);
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(partial, serializeIndex(index));
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return file;
}
