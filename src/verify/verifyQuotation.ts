// Checks a quotation against the corpus. The index proposes a few candidate passages; each is compared together with
// its neighbours, so a quotation running across consecutive passages of one section is found, and the work never
// grows with the corpus. An editor's marks (an ellipsis, square brackets) are read as such when the words alone do
// not match.
import { writtenNote } from '../corpus/resolveNotes.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndex, searchPassages, type SearchIndex } from '../search/index.js';
import { WORD_SOURCE } from '../text/normalize.js';
import { scanWords, termOf } from '../text/words.js';
import { editedMatch, omitsNothing } from './editedMatch.js';
import { quotationPieces } from './editorialMarks.js';
import { nearMatch } from './nearMatch.js';
import { ELLIPSIS_KEY, quoteTokens, type QuoteToken } from './quoteTokens.js';
import { located, stretchMaker, textStretch, type Stretch, type Window } from './stretch.js';
import type { QuoteMatch, Verification } from './types.js';

/** Longer quotations are not checked (verdict `not_found`): a quotation is a few sentences, not a document. */
const MAX_QUOTATION_CHARS = 5000;
/** Below this similarity the closest passage is not offered as a near match. */
export const NEAR_SIMILARITY = 0.6;
const CANDIDATES = 8;
const LONGEST_TERMS = 12;
/** Words searched as a phrase: enough to single out a passage (each word of a phrase costs the search a few ms). */
const PHRASE_WORDS = 8;
/** Most matches a verification gives: more may exist, and a reply says so. */
export const MAX_MATCHES = 5;

const NOT_FOUND: Verification = { verdict: 'not_found', matches: [] };
const EDGE_KEYS = new Set(['"', ELLIPSIS_KEY]);
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
  const order = readingOrder(index.corpus);
  if (exact.length > 0) return { verdict: 'exact', matches: best(exact, order) };
  const inNotes = noteMatches(index, quote, parts);
  if (inNotes.length > 0) return { verdict: 'exact', matches: best(inNotes, order) };
  const quotesWords = quotedPieces.some((piece) => quote.slice(piece.from, piece.to).some((token) => WORD.test(token.key)));
  if (quotesWords && quotedPieces.length < pieces.length) {
    const edited = mergeWindows(windows).flatMap((window) => editedMatch(quotation, quote, pieces, stretchOf(window)) ?? []);
    // Marks the document has as written leave no gap, and an ellipsis between consecutive words leaves out nothing:
    // such a match is exact (one the windows apart did not hold). Its gaps say what an ellipsis stood for.
    const unedited = edited.filter((match) => (match.gaps ?? []).every(omitsNothing));
    const withGaps = ({ gaps, ...match }: QuoteMatch): QuoteMatch => (gaps?.length ? { ...match, gaps } : match);
    if (unedited.length > 0) return { verdict: 'exact', matches: best(unedited.map(withGaps), order) };
    const omitted = (match: QuoteMatch) => (match.gaps ?? []).reduce((sum, gap) => sum + gap.text.length, 0);
    if (edited.length > 0) return { verdict: 'exact_edited', matches: best(edited, order, omitted) };
  }
  const near = stretches.flatMap((stretch) => nearMatch(quotation, quote, stretch) ?? []);
  const close = near.filter((match) => match.similarity >= NEAR_SIMILARITY);
  return close.length > 0 ? { verdict: 'near', matches: best(close, order, (match) => -match.similarity) } : NOT_FOUND;
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
  const phrase = longestPart
    .slice(0, PHRASE_WORDS)
    .map((word) => word.fold)
    .join(' ');
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
 * is compared on its own (a note is not text that runs on into the passage or the next note), and only as its
 * document writes it: what Verbatim resolves an "Ibid." to is not the document's words.
 */
function noteMatches(index: SearchIndex, quote: QuoteToken[], parts: string[]): QuoteMatch[] {
  const carriers = searchPassages(index, longestTerms(parts, 'note'), { limit: CANDIDATES }).hits.map((hit) => hit.passage);
  return carriers.flatMap((passage) =>
    (passage.notes ?? []).flatMap((note, i) => {
      // The note stands in for the passage's text, so the match's offsets and text are the note's.
      return exactMatches(quote, textStretch(passage, writtenNote(note))).map((match) => ({ ...match, note: i }));
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

/** The quotation token for token, within one section: words either side of a heading are not one quotation. */
function exactMatches(quote: QuoteToken[], stretch: Stretch): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  const { tokens, sections } = stretch;
  const sectionAt = (at: number) => sections[tokens[at]?.part ?? -1];
  for (let s = 0; s + quote.length <= tokens.length; s++) {
    if (quote.every((token, i) => tokens[s + i]?.key === token.key) && sectionAt(s) === sectionAt(s + quote.length - 1)) {
      found.push({ ...located(stretch, [[s, s + quote.length]]), similarity: 1 });
    }
  }
  return found;
}

/** Distinct matches, lowest `cost` first (exact ones cost the same), then in reading order (`order` of a match). */
function best(matches: QuoteMatch[], order: (match: QuoteMatch) => number, cost: (match: QuoteMatch) => number = () => 0): QuoteMatch[] {
  const distinct = new Map(matches.map((match) => [`${match.ids.join(' ')}\n${match.note ?? ''}\n${match.text}`, match]));
  return [...distinct.values()]
    .sort((a, b) => cost(a) - cost(b) || order(a) - order(b) || (a.note ?? 0) - (b.note ?? 0))
    .slice(0, MAX_MATCHES);
}

/** A match's place in the corpus's reading order (documents as the corpus lists them, passages in order). */
function readingOrder(corpus: Corpus): (match: QuoteMatch) => number {
  const documents = new Map(corpus.documents.map((document, i) => [document.id, i]));
  return ({ id }) => {
    const passage = corpus.passageById.get(id);
    return passage ? (documents.get(passage.document) ?? 0) * 1e9 + passage.number : 0;
  };
}
