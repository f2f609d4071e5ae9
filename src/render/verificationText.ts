// A verification in words, for the CLI and Discord alike: the verdict's name, where the match is (every passage with
// its speaker), how many places have it, what each of the quotation's editorial marks stands for and where each
// difference of a near match is. A style dresses ids and quoted words for the medium.
import { noteMarker } from '../corpus/resolveNotes.js';
import type { Corpus } from '../corpus/types.js';
import {
  MAX_MATCHES,
  omitsNothing,
  type DiffOp,
  type DiffPlace,
  type EditorialGap,
  type QuoteMatch,
  type Verdict,
  type Verification,
} from '../verify/index.js';

export interface TextStyle {
  /** A passage id as shown, e.g. in backticks. */
  id(id: string): string;
  /** Words of a document or of the user, made safe (and short enough) to show. */
  words(text: string): string;
}

/** The name a verdict is shown under; an edited match says which marks it has ("Exact, with omissions"). */
export function verdictName(verdict: Verdict, match?: Pick<QuoteMatch, 'gaps'>): string {
  const marks = marksNamed(match?.gaps ?? []);
  if (verdict === 'exact_edited' && marks !== '') return `Exact, with ${marks}`;
  return { exact: 'Exact', exact_edited: 'Exact', near: 'Near', not_found: 'Not found' }[verdict];
}

/** The kinds of marks that edit the words: "omissions", "insertions", "omissions and insertions", or '' for none. */
export function marksNamed(gaps: readonly EditorialGap[]): string {
  const kinds = new Set(gaps.filter((gap) => !omitsNothing(gap)).map((gap) => gap.kind));
  return [kinds.has('omission') ? 'omissions' : '', kinds.has('insertion') ? 'insertions' : ''].filter(Boolean).join(' and ');
}

/** The passages, each with its speaker where it has one: "`a:46` (General Saber) and `a:47` (Abrishamchi)". */
export function passagesNamed(corpus: Corpus, ids: readonly string[], style: TextStyle): string {
  const named = ids.map((id) => {
    const speaker = corpus.passageById.get(id)?.location.speaker;
    return speaker === undefined ? style.id(id) : `${style.id(id)} (${style.words(speaker)})`;
  });
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** Where a match is: "in `a:3` (Rajavi)", "across 2 passages: …", or "in note [2] of `a:3`" for a footnote's words. */
export function matchPlace(corpus: Corpus, match: Pick<QuoteMatch, 'ids' | 'note'>, style: TextStyle): string {
  const { ids } = match;
  const note = matchedNote(corpus, match);
  if (note !== undefined) return `in note ${noteMarker(note)} of ${style.id(ids[0] ?? '')}`;
  return ids.length > 1 ? `across ${ids.length} passages: ${passagesNamed(corpus, ids, style)}` : `in ${passagesNamed(corpus, ids, style)}`;
}

/** The verdict on words found in a footnote: "Exact — in note [2] of `a:3`: …", saying they are not the passage's. */
export function noteVerdict(corpus: Corpus, match: Pick<QuoteMatch, 'ids' | 'note'>, name: string, style: TextStyle): string {
  return `${name} — ${matchPlace(corpus, match, style)}: the corpus has these words in a footnote, not in the passage's own text.`;
}

/** The footnote a match is in, as the passage carries it (`[2] Ibid. = …`); undefined for a match in passage text. */
export function matchedNote(corpus: Corpus, { ids, note }: Pick<QuoteMatch, 'ids' | 'note'>): string | undefined {
  return note === undefined ? undefined : corpus.passageById.get(ids[0] ?? '')?.notes?.[note];
}

/**
 * What each mark stands for, e.g. `… leaves out “and this is …”`, `[Saddam] is the quotation's own; the document has
 * “him” there`; a mark written like another says which it is (`… after “all of them”`).
 */
export function gapLines(gaps: readonly EditorialGap[], style: TextStyle): string[] {
  return gaps.map((gap) => {
    const alike = gaps.filter((other) => other.mark === gap.mark).length > 1;
    const mark = `${style.words(gap.mark)}${alike && gap.follows !== '' ? ` after “${style.words(gap.follows)}”` : ''}`;
    if (omitsNothing(gap)) return `${mark} stands for nothing: the words either side of it are consecutive in the document`;
    if (gap.kind === 'omission') return `${mark} leaves out “${style.words(gap.text)}”`;
    return gap.text === ''
      ? `${mark} is the quotation's own, not the document's`
      : `${mark} is the quotation's own; the document has “${style.words(gap.text)}” there`;
  });
}

/**
 * How many places have the quotation, where several do: "Found in 3 places; the first is shown." A check gives at
 * most `MAX_MATCHES`, so that many means at least that many.
 */
export function placesFound({ verdict, matches }: Verification, shown: number): string {
  if (matches.length < 2) return '';
  const n = `${matches.length >= MAX_MATCHES ? 'at least ' : ''}${matches.length}`;
  const found = verdict === 'near' ? `${n} passages come close` : `Found in ${n} places`;
  if (shown >= matches.length) return `${found}.`;
  return `${found}; the first ${shown === 1 ? 'is' : `${shown} are`} shown.`;
}

/** Where a near match's words run across a heading, that they are in two sections: not one quotation. */
export function headingSplit({ diff }: Pick<QuoteMatch, 'diff'>, style: TextStyle): string {
  const headings = (diff ?? []).filter((op) => op.op === 'heading').map((op) => `“${style.words(op.text)}”`);
  if (headings.length === 0) return '';
  return `The words are split by a heading (${headings.join(', ')}): the document has them in different sections, so they are not one quotation.`;
}

/** Each difference of a near match with its place: `quotation has: “never” — a:11, between “would” and “not be”`. */
export function differenceLines(diff: readonly DiffOp[], style: TextStyle): string[] {
  return diff.flatMap(({ op, text, place }) => {
    const what = {
      equal: '',
      delete: 'quotation has',
      insert: 'document has',
      heading: 'a heading of the document comes between the words',
    }[op];
    return op === 'equal' ? [] : [`${what}: “${style.words(text)}”${place ? ` — ${placeWords(place, style)}` : ''}`];
  });
}

function placeWords({ id, before, after }: DiffPlace, style: TextStyle): string {
  const words = (text: string) => `“${style.words(text)}”`;
  if (before !== '' && after !== '') return `${style.id(id)}, between ${words(before)} and ${words(after)}`;
  if (before !== '') return `${style.id(id)}, after ${words(before)}`;
  return after !== '' ? `${style.id(id)}, before ${words(after)}` : style.id(id);
}
