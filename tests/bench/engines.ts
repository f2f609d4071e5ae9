// The two engines the bench compares, behind one surface: a change to Verbatim's index API changes only this file.
import lunr from 'lunr';
import type { Corpus } from '../../src/corpus/types.js';
import {
  buildIndex,
  loadIndex,
  registerPipeline,
  saveIndex,
  searchPassages,
  type SearchHit,
  type SearchIndex,
} from '../../src/search/index.js';

registerPipeline(lunr);

export const verbatim = {
  build: (corpus: Corpus): SearchIndex => buildIndex(corpus),
  save: (index: SearchIndex): Buffer => saveIndex(index),
  load(file: Buffer, corpus: Corpus): SearchIndex {
    const result = loadIndex(file, corpus);
    if (!('index' in result)) throw new Error(`the saved index did not load against its own corpus: ${result.problem}`);
    return result.index;
  },
  search: (index: SearchIndex, query: string, limit: number): SearchHit[] => searchPassages(index, query, { limit }).hits,
};

export const rawLunr = {
  /** Stock Lunr loads the very file Verbatim saved: it is a serialized lunr.Index. */
  load: (file: Buffer): lunr.Index => lunr.Index.load(JSON.parse(file.toString('utf8'))),
  search: (index: lunr.Index, query: string): lunr.Index.Result[] => index.search(query),
};
