// A verification in words, for the CLI and Discord alike: the verdict's name, where the match is (every passage with
// its speaker) and what each of the quotation's editorial marks stands for. A style dresses ids and quoted words for
// the medium.
import { noteMarker } from '../corpus/resolveNotes.js';
import type { Corpus } from '../corpus/types.js';
import type { EditorialGap, QuoteMatch, Verdict } from '../verify/index.js';

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

/** The kinds of marks: "omissions", "insertions", "omissions and insertions", or '' for none. */
export function marksNamed(gaps: readonly EditorialGap[]): string {
  const kinds = new Set(gaps.map((gap) => gap.kind));
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

/** What a mark stands for, e.g. `… leaves out “and this is …”`, `[Saddam] is the quotation's own; the document has “him” there`. */
export function gapLine(gap: EditorialGap, style: TextStyle): string {
  const mark = style.words(gap.mark);
  if (gap.kind === 'omission') {
    return gap.text === '' ? `${mark} leaves out nothing: the words either side of it are consecutive` : `${mark} leaves out “${style.words(gap.text)}”`;
  }
  return gap.text === '' ? `${mark} is the quotation's own, not the document's` : `${mark} is the quotation's own; the document has “${style.words(gap.text)}” there`;
}
