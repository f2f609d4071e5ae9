// The index stock lunr.Builder makes of a corpus with Verbatim's tokenizer, pipelines and refs (passage ordinals): the
// reference our saved index and evaluator are held to.
import lunr from 'lunr';
import type { Corpus } from '../../src/corpus/types.js';
import { fieldValues, SEARCH_FIELDS } from '../../src/search/fields.js';
import { configureBuilder } from '../../src/search/lunrPipeline.js';

export function builtByLunr(corpus: Corpus): lunr.Index {
  return lunr(function () {
    configureBuilder(lunr, this);
    corpus.passages.forEach((passage, ordinal) => {
      const values = fieldValues(corpus, passage);
      this.add({ id: String(ordinal), ...Object.fromEntries(SEARCH_FIELDS.map((field, f) => [field, values[f]])) });
    });
  });
}
