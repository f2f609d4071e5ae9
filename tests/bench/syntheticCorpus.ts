// A corpus of any size made from the real one, whose vocabulary keeps growing as real text's does (Heaps' law).
import { assembleCorpus } from '../../src/corpus/assembleCorpus.js';
import type { Corpus, Document, Passage } from '../../src/corpus/types.js';

/**
 * A replaced word takes its r-th variant with P(r ≥ k) = k^-RANK_TAIL: its first variants recur, ever rarer ones keep
 * appearing. With these two settings distinct words grow as about 12·words^0.55 from 2,000 to 100,000 passages (the
 * bench prints the exponent it measures), in the 0.4–0.6 range real text shows.
 */
const RANK_TAIL = 0.8;
/** Share of a copied passage's rarer words replaced by a variant. */
const REPLACED_SHARE = 0.3;
/** Rarer: at most one in a thousand of the base corpus's words. Common words, like stop words, stay as they are. */
const RARE_SHARE = 1 / 1000;
/** Variant ranks are capped, so a pseudo-word gets at most four extra syllables. */
const MAX_RANK = 50_000;

export const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

// The most frequent variants are inflections and affixes, as real text's new forms mostly are; rarer ones are
// pseudo-words on the word's stem.
const SUFFIXES = ['s', 'ed', 'ing', 'er', 'ers', 'ly', 'al', 'ment', 'ness', 'ist', 'ism', 'ity'];
const PREFIXES = ['re', 'un', 'pre', 'non', 'dis', 'over', 'under', 'counter', 'anti', 'post'];
const SYLLABLES = ['ba', 'de', 'ri', 'lo', 'mu', 'na', 'te', 'vi', 'so', 'ka', 'pe', 'lu', 'ro', 'di', 'ma', 'ne'];

/**
 * The base corpus repeated, document by document, until it has exactly `targetPassages` passages. The first copy is
 * the real corpus; later copies get new ids and have some of their rarer lowercase words (never names, numbers,
 * stop words or punctuation) replaced by variants. Deterministic, and a smaller corpus is a prefix of a larger one.
 */
export function growCorpus(base: Corpus, targetPassages: number): Corpus {
  const rare = rareWords(base.passages);
  const documents: Document[] = [];
  const passages: Passage[] = [];
  for (let copy = 0; passages.length < targetPassages; copy++) {
    for (const document of base.documents) {
      if (passages.length >= targetPassages) break;
      const id = copy === 0 ? document.id : `${document.id}-copy-${copy}`;
      const own = document.passageIds.slice(0, targetPassages - passages.length).map((passageId) => {
        const passage = base.passageById.get(passageId)!;
        const text = copy === 0 ? passage.text : perturb(passage.text, rare, random(copy, passage.id));
        return { ...passage, id: `${id}:${passage.number}`, document: id, text };
      });
      documents.push({ ...document, id, passageIds: own.map((p) => p.id) });
      passages.push(...own);
    }
  }
  return assembleCorpus(documents, passages);
}

/** Words and distinct lowercase words in the passages' text. */
export function vocabulary(passages: readonly Passage[]): { words: number; distinct: number } {
  const distinct = new Set<string>();
  let words = 0;
  for (const passage of passages) {
    for (const [word] of passage.text.matchAll(WORD)) {
      words++;
      distinct.add(word.toLowerCase());
    }
  }
  return { words, distinct: distinct.size };
}

function rareWords(passages: readonly Passage[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const passage of passages) {
    for (const [word] of passage.text.matchAll(WORD)) {
      total++;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const rare = new Set<string>();
  for (const [word, count] of counts) if (/^[a-z]{4,}$/.test(word) && count <= total * RARE_SHARE) rare.add(word);
  return rare;
}

function perturb(text: string, rare: ReadonlySet<string>, next: () => number): string {
  return text.replace(WORD, (word) => {
    if (!rare.has(word) || next() >= REPLACED_SHARE) return word;
    return variant(word, Math.min(MAX_RANK, Math.floor((1 - next()) ** (-1 / RANK_TAIL))));
  });
}

/** The word's `rank`-th variant, from 1. */
function variant(word: string, rank: number): string {
  const stem = word.replace(/(?:ing|ed|es|s|e|y)$/, '');
  if (rank <= SUFFIXES.length) return stem + SUFFIXES[rank - 1];
  if (rank <= SUFFIXES.length + PREFIXES.length) return PREFIXES[rank - SUFFIXES.length - 1] + word;
  let syllables = '';
  for (let n = rank - SUFFIXES.length - PREFIXES.length; n > 0; n = Math.floor(n / SYLLABLES.length)) {
    syllables += SYLLABLES[n % SYLLABLES.length];
  }
  return stem + syllables;
}

/** mulberry32 seeded from the copy and passage, so each passage's perturbation is independent of corpus size. */
function random(copy: number, passageId: string): () => number {
  let state = copy * 0x9e3779b1;
  for (let i = 0; i < passageId.length; i++) state = Math.imul(state ^ passageId.charCodeAt(i), 0x85ebca6b);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
