// Looks up a passage by the id a person pasted, forgiving case, spaces and surrounding punctuation, and following
// renumbered ids (corpus/aliases.txt) to where the words they named are now.
import type { Corpus, Passage } from './types.js';

const PASSAGE_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\d{1,7})$/u;
const WRAPPING = /^[`"'“‘(<[]+|[`"'”’)>\].,;]+$/gu;

/**
 * A passage found by id. `renamedFrom` is the id asked for when it names no passage now and its words are this
 * passage's; `formerWords` says, for an id that names this passage now, where the other words it named before a
 * renumbering are (and since when), since whoever pasted it may have meant those.
 */
export interface FoundPassage {
  passage: Passage;
  renamedFrom?: string;
  formerWords?: { id: string; since?: string };
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
  const alias = corpus.aliases.get(id);
  const current = corpus.passageById.get(id);
  if (current) {
    if (alias === undefined) return { passage: current };
    return { passage: current, formerWords: { id: alias.to, ...(alias.since === undefined ? {} : { since: alias.since }) } };
  }
  const passage = alias && corpus.passageById.get(alias.to);
  return passage && { passage, renamedFrom: id };
}
