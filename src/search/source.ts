// The attribution of a passage is what its document states, field by field; nothing is filled in.
import type { Corpus, Passage, PassageSource } from '../corpus/types.js';

/** The passage's document's title, author, publisher, date, url and seed, each only when stated; null for a passage
 * whose document is not in the corpus. */
export function passageSource(corpus: Corpus, passage: Passage): PassageSource | null {
  const doc = corpus.documentById.get(passage.document);
  if (!doc) return null;
  const { title, author, publisher, date, url, seed } = doc;
  const stated = Object.entries({ author, publisher, date, url }).filter(([, value]) => present(value));
  return { title, ...Object.fromEntries(stated), seed };
}

/** A field counts as stated when it has more than whitespace. */
export function present(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
