// Verbatim's ranking rules, applied over Lunr's score: a passage answering more of the query ranks first, then one
// holding the words in its own text, then one holding them as typed; Lunr's score orders passages the rules tie.
import type { QueryWord } from './query.js';

/** How much of the query a passage answers, each a count of query words. */
export interface Tiers {
  /** Words matched in any field, or in the passage it continues, plus a question's answer when the text has one. */
  words: number;
  /** Words matched in the passage's own text. */
  text: number;
  /** Words matched as typed rather than as another form, spelling or correction. */
  exact: number;
}

/** One number that sorts by the tiers in order, then by Lunr's score (squashed into [0, 1)). */
export function rankKey({ words, text, exact }: Tiers, lunrScore: number): number {
  return (words * 64 + text) * 64 + exact + lunrScore / (1 + lunrScore);
}

const YEAR_OR_DATE = /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|dozens?|hundreds?|thousands?|millions?|billions?)\b/iu;

/**
 * What a question asks for, as a test of passage text: a date for `when…` and `what year…`, a number for `how
 * many…` and `how much…`. A passage that has one answers that part of the question. Null for other queries.
 */
export function answerSought(words: readonly QueryWord[]): RegExp | null {
  const terms = words.map((word) => word.term);
  const follows = (first: string, second: readonly string[]) =>
    terms.some((term, i) => term === first && second.includes(terms[i + 1] ?? ''));
  if (terms.includes('when') || follows('what', ['year', 'date'])) return YEAR_OR_DATE;
  if (follows('how', ['many', 'much'])) return NUMBER;
  return null;
}

const ANAPHOR = /^\W*(?:it|its|they|their|them|he|his|him|she|her|this|these|those|such)\b/iu;

/**
 * Whether a passage opens by referring back (`It claims 15000 fighters…`): its subject is named in the passage
 * before it, whose matched words then count for it too.
 */
export function continuesPrevious(text: string): boolean {
  return ANAPHOR.test(text);
}
