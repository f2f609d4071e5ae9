// The attribution of a passage, built only from what its document states.
import type { Corpus, Passage, PassageSource } from './types.js';

export function passageSource(corpus: Corpus, passage: Passage): PassageSource {
  const document = corpus.documentById.get(passage.document);
  if (!document) throw new Error(`passage ${passage.id} names unknown document ${passage.document}`);
  const { title, author, publisher, date, url, seed } = document;
  return {
    title,
    ...(author !== undefined ? { author } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    seed,
  };
}
