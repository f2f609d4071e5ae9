// The two engines the bench compares, behind one surface: a change to Verbatim's index API changes only this file.
import lunr from 'lunr';
import type { Corpus } from '../../src/corpus/types.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/build.js';
import { searchPassages, type SearchHit } from '../../src/search/search.js';
import { loadIndex, serializeIndex } from '../../src/search/serialize.js';

export const verbatim = {
  build: (corpus: Corpus): SearchIndex => buildSearchIndex(corpus),
  save: (index: SearchIndex): string => JSON.stringify(serializeIndex(index)),
  load(text: string, corpus: Corpus): SearchIndex {
    const index = loadIndex(JSON.parse(text), corpus);
    if (index === null) throw new Error('the saved index did not load against its own corpus');
    return index;
  },
  search: (index: SearchIndex, query: string, limit: number): SearchHit[] => searchPassages(index, query, { limit }).hits,
};

export const rawLunr = {
  /**
   * STAND-IN, to be replaced by `(_corpus, verbatimFile) => verbatimFile` once Verbatim saves a genuine serialized
   * lunr.Index: until then today's file is not one, so stock Lunr gets an index of its own over the same passages and
   * fields, with its default pipeline (trimmer, stop words, stemmer). At 100,000 passages this takes minutes and GBs.
   */
  savedFile(corpus: Corpus, _verbatimFile: string): string {
    const index = lunr(function () {
      this.ref('id');
      for (const field of ['text', 'title', 'section', 'speaker']) this.field(field);
      for (const passage of corpus.passages) {
        this.add({
          id: passage.id,
          text: passage.text,
          title: corpus.documentById.get(passage.document)?.title,
          section: passage.location.section,
          speaker: passage.location.speaker,
        });
      }
    });
    return JSON.stringify(index);
  },
  load: (text: string): lunr.Index => lunr.Index.load(JSON.parse(text)),
  search: (index: lunr.Index, query: string): lunr.Index.Result[] => index.search(query),
};
