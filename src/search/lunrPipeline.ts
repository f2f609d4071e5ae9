// Verbatim's Lunr pipeline functions. The saved index names its search pipeline; a Lunr 2.3 program calls
// `registerPipeline(lunr)` before `lunr.Index.load` so that `index.search()` folds and expands query words the way
// the index was built. `configureBuilder` makes lunr.Builder build the same index, for tests that compare the two.
import type lunrModule from 'lunr';
import { allForms, indexForms } from './forms.js';
import { FIELD_BOOSTS, SEARCH_FIELDS } from './fields.js';
import { indexTokens, scanWords, termOf } from '../text/words.js';

type Lunr = typeof lunrModule;

/** The search pipeline's one function: a query token's words, folded, each as the term that finds all its forms. */
export const QUERY_PIPELINE = 'verbatim-query-terms';
/** The index pipeline's one function: a term and its marked form key. */
export const INDEX_PIPELINE = 'verbatim-index-forms';

/** The index terms a query string stands for: one per word, finding every form of it. */
export function queryTerms(text: string): string[] {
  return scanWords(text).flatMap((word) => {
    const term = termOf(word.fold);
    return term === '' ? [] : [allForms(term)];
  });
}

const queryFunction: lunrModule.PipelineFunction = (token) => queryTerms(token.toString()).map((term) => token.clone(() => term));
const indexFunction: lunrModule.PipelineFunction = (token) => indexForms(token.toString()).map((term) => token.clone(() => term));

/** Registers both functions with this Lunr (once; registering again is a no-op). */
export function registerPipeline(lunr: Lunr): void {
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  if (!(QUERY_PIPELINE in registered)) lunr.Pipeline.registerFunction(queryFunction, QUERY_PIPELINE);
  if (!(INDEX_PIPELINE in registered)) lunr.Pipeline.registerFunction(indexFunction, INDEX_PIPELINE);
}

/** Sets up a lunr.Builder (inside `lunr(function () { … })`) to build Verbatim's index: ref, fields, tokenizer, pipelines. */
export function configureBuilder(lunr: Lunr, builder: lunrModule.Builder): void {
  registerPipeline(lunr);
  builder.ref('id');
  for (const field of SEARCH_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  builder.tokenizer = Object.assign(
    (value?: unknown) => (typeof value === 'string' ? indexTokens(value).map((token) => new lunr.Token(token.term, {})) : []),
    { separator: lunr.tokenizer.separator },
  );
  builder.pipeline.reset();
  builder.pipeline.add(indexFunction);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(queryFunction);
}
