// The line every reply to a renumbered id carries, so whoever pasted an old id learns the one to use now.
import type { FoundPassage } from '../corpus/findPassage.js';

/** "`old` is now `new`." for a passage found under an old id; undefined for one found under its own. */
export function renamedLine({ passage, renamedFrom }: FoundPassage): string | undefined {
  return renamedFrom === undefined ? undefined : `\`${renamedFrom}\` is now \`${passage.id}\` (the passage was renumbered).`;
}
