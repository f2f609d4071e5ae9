// What each filter can name in a corpus, and which of those names a typed value reads as: the same name, part of it,
// or nothing (then the names closest to it).
import type { Corpus } from '../corpus/types.js';
import { foldLabel as label } from '../text/normalize.js';

/** The filters that name something the corpus states (dates are ranges, checked in filters.ts). */
export const NAMED_FILTERS = ['document', 'speaker', 'author', 'type'] as const;
export type NamedFilter = (typeof NAMED_FILTERS)[number];

/** One thing a filter can name: `value` selects it (a document id, a name spelled as the corpus spells it), `name` is what people read (the
 * title, the name). */
export interface FilterValue {
  value: string;
  name: string;
}

/** A value with its folded forms (a document's id and title; a name) and their words, folded once per corpus. */
interface Known extends FilterValue {
  forms: string[];
  words: string[][];
}

const cache = new WeakMap<Corpus, Record<NamedFilter, Known[]>>();

/** Everything `filter` can name in the corpus, each once: documents in corpus order, names and types sorted. */
export function filterValues(corpus: Corpus, filter: NamedFilter): readonly FilterValue[] {
  return knownValues(corpus)[filter];
}

function knownValues(corpus: Corpus): Record<NamedFilter, Known[]> {
  let known = cache.get(corpus);
  if (!known) {
    const names = (values: (string | undefined)[]) =>
      [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].sort().map((v) => knownAs(v, v, [v]));
    known = {
      document: corpus.documents.map((d) => knownAs(d.id, d.title, [d.id, d.title])),
      speaker: names(corpus.passages.map((p) => p.location.speaker)),
      author: names(corpus.documents.map((d) => d.author)),
      type: names(corpus.documents.map((d) => d.type)),
    };
    cache.set(corpus, known);
  }
  return known;
}

function knownAs(value: string, name: string, forms: string[]): Known {
  const folded = forms.map(label);
  return { value, name, forms: folded, words: folded.map(wordsOf) };
}

/** The words of a folded label: `mek's alliance` → mek, s, alliance; `al-asadi` → al, asadi. */
function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * The values `typed` reads as, best tier first: those it equals (folded: case, accents, quote and dash styles), then
 * those it names in part. In part means, for speakers and authors, that all the words of one name are among the words
 * of the other (`Dalton` → Richard Dalton, `Massoud Rajavi` → Rajavi); for documents, that each typed word begins a
 * word of the title or of the id (`diplomacy`, `revolutionary-dipl`); for types, that the type begins with it. A
 * document's id outranks another's title. `exact` is empty when nothing is equal, `partial` empty when something is.
 */
export function readValue(corpus: Corpus, filter: NamedFilter, typed: string): { exact: FilterValue[]; partial: FilterValue[] } {
  const known = knownValues(corpus)[filter];
  const wanted = label(typed);
  const byId = filter === 'document' ? known.filter((k) => k.forms[0] === wanted) : [];
  const exact = byId.length > 0 ? byId : known.filter((k) => k.forms.includes(wanted));
  if (exact.length > 0) return { exact: exact.map(plain), partial: [] };
  const words = wordsOf(wanted);
  if (words.length === 0) return { exact: [], partial: [] };
  const inPart: (k: Known) => boolean =
    filter === 'type'
      ? (k) => k.forms.some((form) => form.startsWith(wanted))
      : filter === 'document'
        ? (k) => k.words.some((own) => words.every((w) => own.some((o) => o.startsWith(w))))
        : (k) => k.words.some((own) => own.every((o) => words.includes(o)) || words.every((w) => own.includes(w)));
  return { exact: [], partial: known.filter(inPart).map(plain) };
}

/**
 * Up to `max` values to offer when `typed` names none: those sharing the most word beginnings with it (three letters
 * at least: `Dalten` → Richard Dalton, `Iran` → Bahar Irani), in their usual order; when none does, the first known
 * values, so the user sees what there is.
 */
export function closeValues(corpus: Corpus, filter: NamedFilter, typed: string, max = 5): FilterValue[] {
  const known = knownValues(corpus)[filter];
  const words = wordsOf(label(typed)).filter((w) => w.length >= MIN_SHARED);
  const scored = known
    .map((k) => ({ k, score: sum(words.map((w) => Math.max(0, ...k.words.flat().map((o) => shared(w, o))))) }))
    .filter(({ score }) => score > 0);
  const ranked = scored.length > 0 ? scored.sort((a, b) => b.score - a.score).map(({ k }) => k) : known;
  return ranked.slice(0, max).map(plain);
}

const MIN_SHARED = 3;

/** Length of the common beginning of two words, counted only from MIN_SHARED letters. */
function shared(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= MIN_SHARED ? n : 0;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const plain = ({ value, name }: Known): FilterValue => ({ value, name });
