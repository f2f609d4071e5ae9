// Looks up a passage by the id a person pasted, forgiving case, spaces and surrounding punctuation.
import type { Corpus, Passage } from './types.js';

const PASSAGE_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\d{1,7})$/u;
const WRAPPING = /^[`"'“‘(<[]+|[`"'”’)>\].,;]+$/gu;

/** The canonical `document:N` form of a pasted id, or undefined when the text is not shaped like one. */
export function parsePassageId(pasted: string): string | undefined {
  const match = PASSAGE_ID.exec(pasted.trim().toLowerCase().replace(WRAPPING, ''));
  return match ? `${match[1]}:${Number(match[2])}` : undefined;
}

/** The passage, or undefined when the text is not an id of this corpus. */
export function findPassage(corpus: Corpus, pasted: string): Passage | undefined {
  const id = parsePassageId(pasted);
  return id === undefined ? undefined : corpus.passageById.get(id);
}
