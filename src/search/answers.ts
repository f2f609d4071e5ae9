// Passages that hold the kind of answer a question asks for, found through the vocabulary once per index: the terms
// that are years or month names, or numbers, and the passages whose text holds them.
import type { IndexData } from './build.js';
import { postingSlice } from './postings.js';
import type { QueryWord } from './query.js';

export type AnswerKind = 'date' | 'number';

const AUXILIARIES = new Set(['did', 'do', 'does', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'could']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'twenty',
  'fifty',
  'dozen',
  'dozens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
];
const TERM_OF: Record<AnswerKind, (term: string) => boolean> = {
  date: (term) => /^(?:1[5-9]\d\d|20\d\d)$/.test(term) || MONTHS.includes(term),
  number: (term) => /\d/.test(term) || NUMBER_WORDS.includes(term),
};

/**
 * What a question asks for: a date for `when did…`, `when was…`, `what year…`, a number for `how many…` and `how
 * much…`. Null for anything else, including quotations that happen to start with `when`.
 */
export function answerSought(words: readonly QueryWord[]): AnswerKind | null {
  const [first, second] = words.map((word) => word.term);
  if (first === 'when' && AUXILIARIES.has(second ?? '')) return 'date';
  if ((first === 'what' || first === 'which') && (second === 'year' || second === 'date')) return 'date';
  if (first === 'how' && (second === 'many' || second === 'much')) return 'number';
  return null;
}

const cache = new WeakMap<IndexData, Partial<Record<AnswerKind, Uint8Array>>>();

/** By ordinal, 1 when the passage's text holds an answer of this kind. */
export function answerPassages(index: IndexData, kind: AnswerKind): Uint8Array {
  const cached = cache.get(index) ?? {};
  let found = cached[kind];
  if (!found) {
    found = new Uint8Array(index.corpus.passages.length);
    const { vocabulary, postings } = index;
    vocabulary.forEach((term, t) => {
      if (!TERM_OF[kind](term)) return;
      const [from, to] = postingSlice(postings, vocabulary.length, t, 'text');
      for (let i = from; i < to; i++) found![postings.ordinals[i] as number] = 1;
    });
    cache.set(index, { ...cached, [kind]: found });
  }
  return found;
}
