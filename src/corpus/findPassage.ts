// Looks up a passage by the id a person pasted, forgiving case, spaces and surrounding punctuation, and following
// renumbered ids (corpus/aliases.txt) to the passage's id now.
import type { Corpus, Passage } from './types.js';

const PASSAGE_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\d{1,7})$/u;
const WRAPPING = /^[`"'“‘(<[]+|[`"'”’)>\].,;]+$/gu;

/** A passage found by id; `renamedFrom` is the id asked for when the passage has been renumbered since. */
export interface FoundPassage {
  passage: Passage;
  renamedFrom?: string;
}

/** The canonical `document:N` form of a pasted id, or undefined when the text is not shaped like one. */
export function parsePassageId(pasted: string): string | undefined {
  const match = PASSAGE_ID.exec(pasted.trim().toLowerCase().replace(WRAPPING, ''));
  return match ? `${match[1]}:${Number(match[2])}` : undefined;
}

/** The passage, or undefined when the text is not an id, old or current, of this corpus. */
export function findPassage(corpus: Corpus, pasted: string): FoundPassage | undefined {
  const id = parsePassageId(pasted);
  if (id === undefined) return undefined;
  const renamed = corpus.aliases.get(id);
  const passage = corpus.passageById.get(renamed ?? id);
  if (!passage) return undefined;
  return renamed === undefined ? { passage } : { passage, renamedFrom: id };
}
