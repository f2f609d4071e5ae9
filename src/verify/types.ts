// The shapes of a verification: the verdict, and for each match where it is and how it differs from the quotation.
import type { EditOp } from './align.js';
import type { MarkKind } from './editorialMarks.js';

/**
 * `exact`: the quotation's words and punctuation, in order, are the corpus's own, within one section of a document
 * (an ellipsis that leaves out nothing included). `exact_edited` ("Exact, with omissions"): the same holds for the
 * quotation's words outside its editorial marks — an ellipsis for words left out, square brackets for words put in —
 * and its parts lie in order within one passage or consecutive passages of one speaker in one section. `near`: a
 * stretch is at least 60% similar (words split by a heading are at most near). `not_found`: none of these.
 */
export type Verdict = 'exact' | 'exact_edited' | 'near' | 'not_found';

export interface DiffOp {
  /**
   * `delete`: words of the quotation the document does not have; `insert`: the document's words it lacks; `heading`:
   * a heading of the document between the quoted words, which are then in two sections.
   */
  op: EditOp | 'heading';
  /** The quotation's own text for `delete`; the document's own text otherwise. */
  text: string;
  /** Where the difference is, for every op but `equal`. */
  place?: DiffPlace;
}

/** A difference's place: its passage, and a few of the document's words either side of it there. */
export interface DiffPlace {
  id: string;
  /** The document's words just before the difference in passage `id`; '' at the passage's start. */
  before: string;
  /** The document's words just after it in passage `id`; '' at the passage's end. */
  after: string;
}

/** One of a quotation's editorial marks, and what the document has in its place. */
export interface EditorialGap {
  /** `omission` for an ellipsis (`…`, `...`, `. . .`, `[…]`), `insertion` for square-bracketed words. */
  kind: MarkKind;
  /** The mark as the quotation writes it, e.g. `…` or `[Saddam]`. */
  mark: string;
  /** The quotation's few words just before the mark, '' at its start: which mark it is where marks are written alike. */
  follows: string;
  /** The document's words in the mark's place, '' for none; parts in consecutive passages joined by a space. */
  text: string;
  /** The passages those words are in, in reading order; empty for none. */
  ids: string[];
  /** For each passage of `ids`, the [start, end) offsets of those words in its text. */
  offsets: [number, number][];
}

export interface QuoteMatch {
  /** The passage the match starts in. */
  id: string;
  /** Every passage the match runs over: one, or consecutive passages of one document, in reading order. */
  ids: string[];
  /**
   * For each passage of `ids`, the [start, end) offsets into its text of the words the quotation quotes, in order:
   * one range, several where words were left out between them, none for a passage left out whole.
   */
  quoted: [number, number][][];
  /** 1 for an exact match, edited or not; otherwise the share of characters (outside whitespace) the two have in common. */
  similarity: number;
  /** The document's own words from the match's first word to its last (words left out included); the parts in consecutive passages are
   * joined by a space. */
  text: string;
  /** How the quotation differs from the document, for near matches. */
  diff?: DiffOp[];
  /**
   * What each of the quotation's editorial marks stands for, in order: for `exact_edited` matches, and for `exact`
   * ones whose ellipses leave out nothing.
   */
  gaps?: EditorialGap[];
  /**
   * Set when the words are a footnote's own, as its document writes it (never the resolution Verbatim adds to an
   * "Ibid."): the note's position in the `notes` of passage `id`. `quoted` and `text` are then the note's.
   */
  note?: number;
}

export interface Verification {
  verdict: Verdict;
  /** Best first: all exact matches, or the edited or near ones, at most five; empty when not found. */
  matches: QuoteMatch[];
}
