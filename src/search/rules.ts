// Verbatim's ranking rules, applied over Lunr's score: a passage answering more of the query ranks first, then one
// holding the words in its own text, then one holding them there as typed; Lunr's score orders what the rules tie.

/** How much of the query a passage answers, each a count of query words. */
export interface Tiers {
  /** Words matched in any field or in the passage it continues, plus one when the text holds the answer a question
   * seeks (answers.ts). */
  words: number;
  /** Words matched in the passage's own text or in its speaker's name. */
  text: number;
  /** Words matched as typed (rather than as another form, spelling or correction) in the passage's own text. */
  exact: number;
}

/** One number that sorts by the tiers in order, then by Lunr's score (squashed into [0, 1)). */
export function rankKey({ words, text, exact }: Tiers, lunrScore: number): number {
  return (words * 64 + text) * 64 + exact + lunrScore / (1 + lunrScore);
}

// `It is known that…` and `It was…` open with a pronoun that refers to nothing before.
const ANAPHOR =
  /^\W*(?:it|its|they|their|them|he|his|him|she|her|this|these|those|such)\b(?!\s+(?:is|was|seems|appears|would|will|must|may|might|can|could|should)\b)/iu;

/**
 * Whether a passage opens by referring back (`It claims 15000 fighters…`): its subject is named in the passage
 * before it, whose matched words then count for it too.
 */
export function continuesPrevious(text: string): boolean {
  return ANAPHOR.test(text);
}
