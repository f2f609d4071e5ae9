// The passage fields the index holds, in Lunr's field order, with the boosts Lunr weighs them by; shared by
// building, parsing (`field:word`) and scoring.
import type { Corpus, Passage } from '../corpus/types.js';

export const SEARCH_FIELDS = ['text', 'title', 'section', 'speaker', 'author', 'note'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * A passage's own words weigh most; who speaks next; the document's title, section and author less; the footnotes
 * its markers point to least, since a note is the source of a claim rather than the claim.
 */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = { text: 4, speaker: 2, title: 1, section: 1, author: 1, note: 0.5 };

/** The value of each field for a passage, in `SEARCH_FIELDS` order; undefined where the corpus states none. */
export function fieldValues(corpus: Corpus, passage: Passage): (string | undefined)[] {
  const document = corpus.documentById.get(passage.document);
  const values: Record<SearchField, string | undefined> = {
    text: passage.text,
    title: document?.title,
    section: passage.location.section,
    speaker: passage.location.speaker,
    author: document?.author,
    note: passage.notes?.join('\n'),
  };
  return SEARCH_FIELDS.map((field) => values[field]);
}
