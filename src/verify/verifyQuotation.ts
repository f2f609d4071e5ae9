// Checks a quotation against the corpus. The index proposes a few candidate passages; each is compared together with
// its neighbours, so a quotation running across consecutive passages is found, and the work never grows with the
// corpus. An editor's marks (an ellipsis, square brackets) are read as such when the words alone do not match.
import type { Corpus, Passage } from '../corpus/types.js';
import { buildIndex, searchPassages, type SearchIndex } from '../search/index.js';
import { WORD_SOURCE } from '../text/normalize.js';
import { scanWords, termOf } from '../text/words.js';
import { align, type EditOp, type Step } from './align.js';
import { quotationPieces, type MarkKind, type QuotationPiece } from './editorialMarks.js';
import { placeQuoted } from './placeQuoted.js';
import { ELLIPSIS_KEY, quoteTokens, type QuoteToken } from './quoteTokens.js';

/** Longer quotations are not checked (verdict `not_found`): a quotation is a few sentences, not a document. */
const MAX_QUOTATION_CHARS = 5000;
/** Below this similarity the closest passage is not offered as a near match. */
export const NEAR_SIMILARITY = 0.6;
const CANDIDATES = 8;
const LONGEST_TERMS = 12;
/** Words searched as a phrase: enough to single out a passage (each word of a phrase costs the search a few ms). */
const PHRASE_WORDS = 8;
const MAX_MATCHES = 5;
const MAX_ALIGNMENT_CELLS = 4_000_000;

/**
 * `exact`: the quotation's words and punctuation, in order, are the corpus's own. `exact_edited` ("Exact, with
 * omissions"): the same holds for the quotation's words outside its editorial marks — an ellipsis for words left
 * out, square brackets for words put in — and its parts lie in order within one passage or consecutive passages of
 * one speaker. `near`: a stretch is at least 60% similar. `not_found`: none of these.
 */
export type Verdict = 'exact' | 'exact_edited' | 'near' | 'not_found';

export interface DiffOp {
  /** `delete`: words of the quotation the document does not have; `insert`: the document's words it lacks. */
  op: EditOp;
  /** The quotation's own text for `delete`; the document's own text otherwise. */
  text: string;
}

/** One of a quotation's editorial marks, and what the document has in its place. */
export interface EditorialGap {
  /** `omission` for an ellipsis (`…`, `...`, `. . .`, `[…]`), `insertion` for square-bracketed words. */
  kind: MarkKind;
  /** The mark as the quotation writes it, e.g. `…` or `[Saddam]`. */
  mark: string;
  /** The document's words in the mark's place, '' for none; parts in consecutive passages joined by a space. */
  text: string;
  /** The passages those words are in, in reading order; empty for none. */
  ids: string[];
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
  /** The document's own words from the match's first word to its last (words left out included); the parts in consecutive passages are joined by a space. */
  text: string;
  /** How the quotation differs from the document, for near matches. */
  diff?: DiffOp[];
  /** What each of the quotation's editorial marks stands for, in order, for `exact_edited` matches. */
  gaps?: EditorialGap[];
  /**
   * Set when the words are a footnote's, not the passage's own: the note's position in the `notes` of passage `id`.
   * `quoted` and `text` are then the note's.
   */
  note?: number;
}

export interface Verification {
  verdict: Verdict;
  /** Best first: all exact matches, or the edited or near ones, at most five; empty when not found. */
  matches: QuoteMatch[];
}

/** Consecutive passages of one document, tokenized as one stretch. */
interface Stretch {
  passages: Passage[];
  tokens: (QuoteToken & { part: number })[];
  /** For each passage, the first passage of the run of one speaker it belongs to: an edited match stays inside one. */
  speakerRuns: number[];
}

/** Consecutive passages of one document: [from, to) in its `passageIds`. */
interface Window {
  document: string;
  from: number;
  to: number;
}

/** Stretch tokens [from, to). */
type TokenRange = readonly [number, number];

const NOT_FOUND: Verification = { verdict: 'not_found', matches: [] };
const EDGE_KEYS = new Set(['"', "'", ELLIPSIS_KEY]);
const WORD = new RegExp(`^(?:${WORD_SOURCE})$`, 'u');
const indexes = new WeakMap<Corpus, SearchIndex>();

/**
 * The verdict on a quotation and where the corpus has it. Case, whitespace, and every apostrophe, quotation mark,
 * dash and ellipsis look-alike compare equal; quotation marks and ellipses around the quotation are ignored. A
 * quotation with no word is `not_found`. Given a corpus rather than an index, builds its index once.
 */
export function verifyQuotation(source: Corpus | SearchIndex, quotation: string): Verification {
  if (typeof quotation !== 'string' || quotation.length > MAX_QUOTATION_CHARS) return NOT_FOUND;
  const index = 'fingerprint' in source ? source : cachedIndex(source);
  const quote = withoutEdges(quoteTokens(quotation));
  if (quote.length === 0) return NOT_FOUND;
  const pieces = quotationPieces(quote);
  const quotedPieces = pieces.filter((piece) => piece.kind === 'quoted');
  const parts = quotedPieces.map((piece) => quotation.slice(quote[piece.from]!.start, quote[piece.to - 1]!.end));
  const windows = candidateWindows(index, parts);
  const stretchOf = stretchMaker(index.corpus);
  const stretches = windows.map(stretchOf);
  const exact = stretches.flatMap((stretch) => exactMatches(quote, stretch));
  if (exact.length > 0) return { verdict: 'exact', matches: best(exact) };
  const inNotes = noteMatches(index, quote, parts);
  if (inNotes.length > 0) return { verdict: 'exact', matches: best(inNotes) };
  const quotesWords = quotedPieces.some((piece) => quote.slice(piece.from, piece.to).some((token) => WORD.test(token.key)));
  if (quotesWords && quotedPieces.length < pieces.length) {
    const edited = mergeWindows(windows).flatMap((window) => editedMatch(quotation, quote, pieces, stretchOf(window)) ?? []);
    // Marks the document has as written leave no gap: such a match is exact (one the windows apart did not hold).
    const asWritten = edited.filter((match) => match.gaps?.length === 0).map(({ gaps: _, ...match }) => match);
    if (asWritten.length > 0) return { verdict: 'exact', matches: best(asWritten) };
    const omitted = (match: QuoteMatch) => (match.gaps ?? []).reduce((sum, gap) => sum + gap.text.length, 0);
    if (edited.length > 0) return { verdict: 'exact_edited', matches: best(edited, omitted) };
  }
  const keys = quote.map((token) => token.key);
  const near = stretches.flatMap((stretch) => nearMatch(quotation, quote, keys, stretch) ?? []);
  const close = near.filter((match) => match.similarity >= NEAR_SIMILARITY);
  return close.length > 0 ? { verdict: 'near', matches: best(close, (match) => -match.similarity) } : NOT_FOUND;
}

function cachedIndex(corpus: Corpus): SearchIndex {
  const index = indexes.get(corpus) ?? buildIndex(corpus);
  indexes.set(corpus, index);
  return index;
}

/** Without the quotation marks and ellipses (`[…]` too) around it, which mark a quotation rather than belong to it. */
function withoutEdges(tokens: QuoteToken[]): QuoteToken[] {
  const key = (at: number) => tokens[at]?.key ?? '';
  const bracketedEllipsis = (at: number) => key(at) === '[' && key(at + 1) === ELLIPSIS_KEY && key(at + 2) === ']';
  let start = 0;
  let end = tokens.length;
  for (;;) {
    if (start < end && EDGE_KEYS.has(key(start))) start += 1;
    else if (start + 3 <= end && bracketedEllipsis(start)) start += 3;
    else break;
  }
  for (;;) {
    if (end > start && EDGE_KEYS.has(key(end - 1))) end -= 1;
    else if (end - 3 >= start && bracketedEllipsis(end - 3)) end -= 3;
    else break;
  }
  return tokens.slice(start, end);
}

/**
 * Candidate passages, each with its two neighbours: those holding the start of the longest quoted part as a phrase,
 * and those sharing most of the quoted parts' longest words (words in none are likely misquoted). As windows of
 * their documents' passages, [from, to) in `passageIds`.
 */
function candidateWindows(index: SearchIndex, parts: string[]): Window[] {
  const partWords = parts.map((part) => scanWords(part));
  const longestPart = partWords.reduce((a, b) => (b.length > a.length ? b : a), []);
  const phrase = longestPart.slice(0, PHRASE_WORDS).map((word) => word.fold).join(' ');
  const candidates = [
    ...searchPassages(index, `"${phrase}"`, { limit: CANDIDATES }).hits,
    ...searchPassages(index, longestTerms(parts, 'text'), { limit: CANDIDATES }).hits,
  ].map((hit) => hit.passage);
  return [...new Set(candidates)].flatMap((passage) => {
    const ids = index.corpus.documentById.get(passage.document)?.passageIds ?? [];
    const at = ids.indexOf(passage.id);
    return at < 0 ? [] : [{ document: passage.document, from: Math.max(0, at - 1), to: Math.min(ids.length, at + 2) }];
  });
}

/** The quoted parts' longest words (words in none are likely misquoted) as a query of one field: `text:word …`. */
function longestTerms(parts: string[], field: 'text' | 'note'): string {
  return [...new Set(parts.flatMap((part) => scanWords(part)).map((word) => termOf(word.fold)))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, LONGEST_TERMS)
    .map((term) => `${field}:${term}`)
    .join(' ');
}

/**
 * The quotation word for word in a footnote of the passages whose notes share most of its longest words. Each note
 * is compared on its own: a note is not text that runs on into the passage or the next note.
 */
function noteMatches(index: SearchIndex, quote: QuoteToken[], parts: string[]): QuoteMatch[] {
  const carriers = searchPassages(index, longestTerms(parts, 'note'), { limit: CANDIDATES }).hits.map((hit) => hit.passage);
  return carriers.flatMap((passage) =>
    (passage.notes ?? []).flatMap((note, i) => {
      // The note stands in for the passage's text, so the match's offsets and text are the note's.
      const stretch: Stretch = { passages: [{ ...passage, text: note }], speakerRuns: [0], tokens: quoteTokens(note).map((token) => ({ ...token, part: 0 })) };
      return exactMatches(quote, stretch).map((match) => ({ ...match, note: i }));
    }),
  );
}

/** Windows of one document that overlap or touch, as one: the parts of an edited quotation may lie a passage apart. */
function mergeWindows(windows: Window[]): Window[] {
  const merged: Window[] = [];
  for (const window of [...windows].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.from - b.from))) {
    const last = merged[merged.length - 1];
    if (last?.document === window.document && window.from <= last.to) last.to = Math.max(last.to, window.to);
    else merged.push({ ...window });
  }
  return merged;
}

/** Makes stretches of windows, tokenizing each passage once however many windows hold it. */
function stretchMaker(corpus: Corpus): (window: Window) => Stretch {
  const tokens = new Map<string, QuoteToken[]>();
  const tokensOf = (p: Passage) => tokens.get(p.id) ?? tokens.set(p.id, quoteTokens(p.text)).get(p.id) ?? [];
  return ({ document, from, to }) => {
    const ids = corpus.documentById.get(document)?.passageIds.slice(from, to) ?? [];
    const passages = ids.flatMap((id) => corpus.passageById.get(id) ?? []);
    const speakerRuns: number[] = [];
    passages.forEach((p, part) => speakerRuns.push(part > 0 && p.location.speaker === passages[part - 1]?.location.speaker ? speakerRuns[part - 1]! : part));
    return { passages, speakerRuns, tokens: passages.flatMap((p, part) => tokensOf(p).map((t) => ({ ...t, part }))) };
  };
}

function exactMatches(quote: QuoteToken[], stretch: Stretch): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  const { tokens } = stretch;
  for (let s = 0; s + quote.length <= tokens.length; s++) {
    if (quote.every((token, i) => tokens[s + i]?.key === token.key)) {
      found.push({ ...located(stretch, [[s, s + quote.length]]), similarity: 1 });
    }
  }
  return found;
}

/**
 * The quoted pieces placed word for word, in order, inside one speaker's passages; each mark stands for what lies
 * between its neighbours (nothing, at either end of the quotation). A mark the document has as written — its own
 * `…` or `[Saddam]` — is quoted, not a gap.
 */
function editedMatch(quotation: string, quote: QuoteToken[], pieces: QuotationPiece[], stretch: Stretch): QuoteMatch | null {
  const keys = quote.map((token) => token.key);
  const docKeys = stretch.tokens.map((token) => token.key);
  const runOf = (at: number) => stretch.speakerRuns[stretch.tokens[at]?.part ?? -1] ?? -1;
  const quotedPieces = pieces.filter((piece) => piece.kind === 'quoted');
  const starts = placeQuoted(keys, quotedPieces.map((piece) => [piece.from, piece.to] as const), docKeys, runOf);
  if (!starts) return null;
  const placed = new Map(quotedPieces.map((piece, i) => [piece, [starts[i]!, starts[i]! + piece.to - piece.from] as const]));
  const firstAt = starts[0]!;
  const lastAt = [...placed.values()].at(-1)![1];
  const ranges: TokenRange[] = [];
  const gaps: EditorialGap[] = [];
  pieces.forEach((piece, i) => {
    const own = placed.get(piece);
    if (own) return void ranges.push(own);
    const length = piece.to - piece.from;
    const from = i === 0 ? firstAt - length : placed.get(pieces[i - 1]!)![1];
    const to = i === pieces.length - 1 ? lastAt + length : placed.get(pieces[i + 1]!)![0];
    const inRun = from >= 0 && runOf(from) === runOf(firstAt) && runOf(to - 1) === runOf(firstAt);
    if (inRun && to - from === length && keys.slice(piece.from, piece.to).every((key, k) => docKeys[from + k] === key)) return void ranges.push([from, to]);
    const inPlace = i === 0 || i === pieces.length - 1 ? { text: '', ids: [] } : located(stretch, [[from, to]]);
    gaps.push({ kind: piece.kind as MarkKind, mark: quotation.slice(quote[piece.from]!.start, quote[piece.to - 1]!.end), text: inPlace.text, ids: inPlace.ids });
  });
  return { ...located(stretch, ranges), similarity: 1, gaps };
}

function nearMatch(quotation: string, quote: QuoteToken[], keys: string[], stretch: Stretch): QuoteMatch | null {
  if ((quote.length + 1) * (stretch.tokens.length + 1) > MAX_ALIGNMENT_CELLS) return null;
  const { start, end, steps } = align(keys, stretch.tokens.map((token) => token.key));
  if (start >= end) return null;
  const chars = (tokens: { key: string }[]) => tokens.reduce((sum, token) => sum + token.key.length, 0);
  const shared = chars(steps.flatMap((step) => (step.op === 'equal' ? (quote[step.quote] ?? []) : [])));
  const similarity = (2 * shared) / (chars(quote) + chars(stretch.tokens.slice(start, end)));
  return { ...located(stretch, [[start, end]]), similarity, diff: diffOf(quotation, quote, stretch, steps) };
}

/** Runs of one kind of step, each as the quotation's text (`delete`) or the document's (`equal`, `insert`). */
function diffOf(quotation: string, quote: QuoteToken[], stretch: Stretch, steps: Step[]): DiffOp[] {
  const runs: { op: EditOp; first: Step; last: Step }[] = [];
  for (const step of steps) {
    const run = runs[runs.length - 1];
    if (run?.op === step.op) run.last = step;
    else runs.push({ op: step.op, first: step, last: step });
  }
  return runs.map(({ op, first, last }) => ({
    op,
    text:
      op === 'delete'
        ? quotation.slice(quote[first.quote]?.start ?? 0, quote[last.quote]?.end ?? 0)
        : located(stretch, [[first.doc, last.doc + 1]]).text,
  }));
}

/**
 * Ids, quoted offsets and the document's own text for the stretch tokens from the first range's start to the last
 * range's end; `ranges` are the quoted ones, in order. Empty ids and text for no tokens.
 */
function located(stretch: Stretch, ranges: readonly TokenRange[]): Pick<QuoteMatch, 'id' | 'ids' | 'quoted' | 'text'> {
  const extent = (from: number, to: number) => {
    const parts = new Map<number, [number, number]>();
    for (const token of stretch.tokens.slice(from, to)) {
      const part = parts.get(token.part);
      if (part) part[1] = token.end;
      else parts.set(token.part, [token.start, token.end]);
    }
    return parts;
  };
  const spans = extent(ranges[0]?.[0] ?? 0, ranges[ranges.length - 1]?.[1] ?? 0);
  const quoted = [...spans.keys()].map((part) =>
    ranges.flatMap(([from, to]) => {
      const span = extent(from, to).get(part);
      return span ? [span] : [];
    }),
  );
  const ids = [...spans.keys()].map((part) => stretch.passages[part]?.id ?? '');
  const text = [...spans].map(([part, [start, end]]) => stretch.passages[part]?.text.slice(start, end) ?? '').join(' ');
  return { id: ids[0] ?? '', ids, quoted, text };
}

/** Distinct matches, lowest `cost` first (exact ones cost the same), then in passage-id order. */
function best(matches: QuoteMatch[], cost: (match: QuoteMatch) => number = () => 0): QuoteMatch[] {
  const distinct = new Map(matches.map((match) => [`${match.ids.join(' ')}\n${match.text}`, match]));
  return [...distinct.values()]
    .sort((a, b) => cost(a) - cost(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_MATCHES);
}
