// Checks a quotation against the corpus. The index proposes a few candidate passages; each is compared together with
// its neighbours, so a quotation running across consecutive passages is found, and the work never grows with the
// corpus.
import type { Corpus, Passage } from '../corpus/types.js';
import { align, type EditOp, type Step } from './align.js';
import { buildIndex, searchPassages, type SearchIndex } from '../search/index.js';
import { APOSTROPHE_CHARS, QUOTE_CHARS } from '../text/normalize.js';
import { scanWords, termOf } from '../text/words.js';
import { quoteTokens, type QuoteToken } from './quoteTokens.js';

/** Longer quotations are not checked (verdict `not_found`): a quotation is a few sentences, not a document. */
const MAX_QUOTATION_CHARS = 5000;
/** Below this similarity the closest passage is not offered as a near match. */
export const NEAR_SIMILARITY = 0.6;
const CANDIDATES = 8;
const LONGEST_TERMS = 12;
const MAX_MATCHES = 5;
const MAX_ALIGNMENT_CELLS = 4_000_000;

export type Verdict = 'exact' | 'near' | 'not_found';

export interface DiffOp {
  /** `delete`: words of the quotation the document does not have; `insert`: the document's words it lacks. */
  op: EditOp;
  /** The quotation's own text for `delete`; the document's own text otherwise. */
  text: string;
}

export interface QuoteMatch {
  /** The passage the match starts in. */
  id: string;
  /** Every passage the match runs over: one, or consecutive passages of one document, in reading order. */
  ids: string[];
  /** 1 for an exact match; otherwise the share of characters (outside whitespace) the two have in common. */
  similarity: number;
  /** The document's own words for the matched stretch; the parts in consecutive passages are joined by a space. */
  text: string;
  /** How the quotation differs from the document, for near matches. */
  diff?: DiffOp[];
}

export interface Verification {
  verdict: Verdict;
  /** Best first: all exact matches, or the near ones, at most five; empty when not found. */
  matches: QuoteMatch[];
}

/** Consecutive passages of one document, tokenized as one stretch. */
interface Stretch {
  passages: Passage[];
  tokens: (QuoteToken & { part: number })[];
}

const NOT_FOUND: Verification = { verdict: 'not_found', matches: [] };
const QUOTATION_EDGE = new RegExp(`[\\s${QUOTE_CHARS}${APOSTROPHE_CHARS}…]`);
const indexes = new WeakMap<Corpus, SearchIndex>();

/**
 * `exact` when the quotation's words and punctuation appear in order in the corpus, ignoring case, whitespace, curly
 * versus straight quotes, the kind of dash and `…` versus `...` (surrounding quotation marks and ellipses are
 * ignored); `near` when a stretch is at least 60% similar; otherwise `not_found`. A quotation with no word is
 * `not_found`. Given a corpus rather than an index, builds its index once.
 */
export function verifyQuotation(source: Corpus | SearchIndex, quotation: string): Verification {
  if (typeof quotation !== 'string' || quotation.length > MAX_QUOTATION_CHARS) return NOT_FOUND;
  const index = 'fingerprint' in source ? source : cachedIndex(source);
  const text = trimQuotation(quotation);
  const quote = quoteTokens(text);
  if (quote.length === 0) return NOT_FOUND;
  const stretches = candidateStretches(index, text);
  const exact = stretches.flatMap((stretch) => exactMatches(quote, stretch));
  if (exact.length > 0) return { verdict: 'exact', matches: best(exact) };
  const keys = quote.map((token) => token.key);
  const near = stretches.flatMap((stretch) => nearMatch(text, quote, keys, stretch) ?? []);
  const close = near.filter((match) => match.similarity >= NEAR_SIMILARITY);
  return close.length > 0 ? { verdict: 'near', matches: best(close) } : NOT_FOUND;
}

function cachedIndex(corpus: Corpus): SearchIndex {
  const index = indexes.get(corpus) ?? buildIndex(corpus);
  indexes.set(corpus, index);
  return index;
}

/** Without surrounding whitespace, quotation marks and ellipses, which mark a quotation rather than belong to it. */
function trimQuotation(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    if (start + 3 <= end && text.startsWith('...', start)) start += 3;
    else if (start < end && QUOTATION_EDGE.test(text.charAt(start))) start += 1;
    else break;
  }
  for (;;) {
    if (end - 3 >= start && text.endsWith('...', end)) end -= 3;
    else if (end > start && QUOTATION_EDGE.test(text.charAt(end - 1))) end -= 1;
    else break;
  }
  return text.slice(start, end);
}

/**
 * Candidate passages, each with its two neighbours: those holding the quotation's words as a phrase, and those
 * sharing most of its longest words (words in none are likely misquoted).
 */
function candidateStretches(index: SearchIndex, text: string): Stretch[] {
  const words = [...new Set(scanWords(text).map((word) => termOf(word.fold)))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, LONGEST_TERMS);
  const phrase = scanWords(text).map((word) => word.fold).join(' ');
  const candidates = [
    ...searchPassages(index, `"${phrase}"`, { limit: CANDIDATES }).hits,
    ...searchPassages(index, words.map((word) => `text:${word}`).join(' '), { limit: CANDIDATES }).hits,
  ].map((hit) => hit.passage);
  const { passageById, documentById } = index.corpus;
  const tokens = new Map<string, QuoteToken[]>();
  const tokensOf = (p: Passage) => tokens.get(p.id) ?? tokens.set(p.id, quoteTokens(p.text)).get(p.id) ?? [];
  return [...new Set(candidates)].flatMap((passage) => {
    const ids = documentById.get(passage.document)?.passageIds ?? [];
    const at = ids.indexOf(passage.id);
    if (at < 0) return [];
    const passages = ids.slice(Math.max(0, at - 1), at + 2).flatMap((id) => passageById.get(id) ?? []);
    return [{ passages, tokens: passages.flatMap((p, part) => tokensOf(p).map((t) => ({ ...t, part }))) }];
  });
}

function exactMatches(quote: QuoteToken[], stretch: Stretch): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  const { tokens } = stretch;
  for (let s = 0; s + quote.length <= tokens.length; s++) {
    if (quote.every((token, i) => tokens[s + i]?.key === token.key)) {
      found.push({ ...located(stretch, s, s + quote.length), similarity: 1 });
    }
  }
  return found;
}

function nearMatch(text: string, quote: QuoteToken[], keys: string[], stretch: Stretch): QuoteMatch | null {
  if ((quote.length + 1) * (stretch.tokens.length + 1) > MAX_ALIGNMENT_CELLS) return null;
  const { start, end, steps } = align(keys, stretch.tokens.map((token) => token.key));
  if (start >= end) return null;
  const chars = (tokens: { key: string }[]) => tokens.reduce((sum, token) => sum + token.key.length, 0);
  const shared = chars(steps.flatMap((step) => (step.op === 'equal' ? (quote[step.quote] ?? []) : [])));
  const similarity = (2 * shared) / (chars(quote) + chars(stretch.tokens.slice(start, end)));
  return { ...located(stretch, start, end), similarity, diff: diffOf(text, quote, stretch, steps) };
}

/** Runs of one kind of step, each as the quotation's text (`delete`) or the document's (`equal`, `insert`). */
function diffOf(text: string, quote: QuoteToken[], stretch: Stretch, steps: Step[]): DiffOp[] {
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
        ? text.slice(quote[first.quote]?.start ?? 0, quote[last.quote]?.end ?? 0)
        : located(stretch, first.doc, last.doc + 1).text,
  }));
}

/** Ids and the document's own text for stretch tokens [from, to). */
function located(stretch: Stretch, from: number, to: number): Pick<QuoteMatch, 'id' | 'ids' | 'text'> {
  const parts = new Map<number, { first: QuoteToken; last: QuoteToken }>();
  for (const token of stretch.tokens.slice(from, to)) {
    const part = parts.get(token.part);
    if (part) part.last = token;
    else parts.set(token.part, { first: token, last: token });
  }
  const spans = [...parts].map(([part, { first, last }]) => ({
    id: stretch.passages[part]?.id ?? '',
    text: stretch.passages[part]?.text.slice(first.start, last.end) ?? '',
  }));
  return { id: spans[0]?.id ?? '', ids: spans.map((s) => s.id), text: spans.map((s) => s.text).join(' ') };
}

/** Distinct matches, most similar first, then in passage-id order. */
function best(matches: QuoteMatch[]): QuoteMatch[] {
  const distinct = new Map(matches.map((match) => [`${match.ids.join(' ')}\n${match.text}`, match]));
  return [...distinct.values()]
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_MATCHES);
}
