// The lines replies to an old id carry, so whoever follows an id shared before a renumbering learns where the
// words it named are now.
import type { FoundPassage } from '../corpus/findPassage.js';
import type { Alias } from '../corpus/types.js';

const renumbering = (since: string | undefined) => (since === undefined ? 'a renumbering' : `the renumbering of ${since}`);

/**
 * "`old` is now `new`." for a passage found under an old id; for an id that names this passage now but named other
 * words before a renumbering, a line saying where those are; undefined for a passage found under its own id.
 */
export function renamedLine({ passage, renamedFrom, formerWords }: FoundPassage): string | undefined {
  if (renamedFrom !== undefined) return `\`${renamedFrom}\` is now \`${passage.id}\` (the passage was renumbered).`;
  if (formerWords === undefined) return undefined;
  return `Before ${renumbering(formerWords.since)}, \`${passage.id}\` named other words: they are now \`${formerWords.id}\`. Below is what \`${passage.id}\` names now.`;
}

/** For a button whose words are in no passage any more: says so, and where to look instead. */
export function wordsGoneLine(id: string, alias: Alias | undefined): string {
  const renamed =
    alias === undefined ? '' : ` At ${renumbering(alias.since)}, \`${id}\` became \`${alias.to}\`, which /quote shows as it reads now.`;
  return `The words this button was made for (\`${id}\`) are no longer in the corpus as they were: the document was edited since.${renamed} /search finds passages by their words.`;
}
