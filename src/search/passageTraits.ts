// Facts about each passage's text that ranking and phrase checks ask on every query, found once per index on first
// use: testing them per matched passage and query cost tens of milliseconds at 30,000 passages.
import type { IndexData } from './build.js';
import { continuesPrevious } from './rules.js';

export interface PassageTraits {
  /** By ordinal, 1 when the passage opens by referring back to the one before (see `continuesPrevious`). */
  continues: Uint8Array;
  /** By ordinal, 1 when the text's letters and digits are all ASCII and it has no invisible characters, so a
   * case-insensitive pattern finds exactly the words folding finds. */
  plain: Uint8Array;
}

const UNPLAIN = /(?!\p{ASCII})[\p{L}\p{M}\p{N}\p{Cf}]/u;
const cache = new WeakMap<IndexData, PassageTraits>();

export function passageTraits(index: IndexData): PassageTraits {
  let traits = cache.get(index);
  if (!traits) {
    const { passages } = index.corpus;
    traits = { continues: new Uint8Array(passages.length), plain: new Uint8Array(passages.length) };
    for (let ordinal = 0; ordinal < passages.length; ordinal++) {
      const { text, document } = passages[ordinal] as (typeof passages)[number];
      traits.continues[ordinal] = passages[ordinal - 1]?.document === document && continuesPrevious(text) ? 1 : 0;
      traits.plain[ordinal] = UNPLAIN.test(text) ? 0 : 1;
    }
    cache.set(index, traits);
  }
  return traits;
}
