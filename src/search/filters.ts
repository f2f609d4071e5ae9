// Narrowing by what documents and passages state about themselves. Labels compare case- and typography-insensitively
// so `saddam’s` finds a title typed with a straight apostrophe.
import type { Corpus, Document, Passage } from '../corpus/types.js';
import { foldLabel as label } from '../text/normalize.js';

export interface SearchFilters {
  /** Document id, or its exact title ignoring case. */
  document?: string;
  /** Normalized speaker name, ignoring case. */
  speaker?: string;
  /** The document's author as stated, ignoring case. */
  author?: string;
  /** Document type (`transcript`, `article`…), ignoring case. */
  type?: string;
  /** Earliest date, an ISO prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Any other value matches nothing. */
  from?: string;
  /** Latest date, an ISO prefix like `from`. */
  to?: string;
}

/** A date filter's form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A test for passages, or null when no filter is set (blank values count as unset). With a date filter, documents
 * whose date is missing or not ISO are left out; dates compare on their common ISO prefix, so a document dated only
 * `2005` falls within `from: '2005-06'`.
 */
export function passageFilter(corpus: Corpus, filters: SearchFilters | undefined): ((p: Passage) => boolean) | null {
  const given: SearchFilters = Object.fromEntries(
    Object.entries(filters ?? {}).flatMap(([key, value]: [string, unknown]) =>
      typeof value === 'string' && value.trim() !== '' ? [[key, value.trim()]] : [],
    ),
  );
  if (Object.keys(given).length === 0) return null;
  const documents = new Set(corpus.documents.filter((d) => documentMatches(d, given)).map((d) => d.id));
  const speaker = given.speaker === undefined ? undefined : label(given.speaker);
  return (passage) =>
    documents.has(passage.document) &&
    (speaker === undefined || label(passage.location.speaker ?? '') === speaker);
}

function documentMatches(doc: Document, f: SearchFilters): boolean {
  const same = (value: string | undefined, wanted: string | undefined) =>
    wanted === undefined || (value !== undefined && label(value) === label(wanted));
  return (
    (f.document === undefined || same(doc.id, f.document) || same(doc.title, f.document)) &&
    same(doc.author, f.author) &&
    same(doc.type, f.type) &&
    withinDates(doc.date, f.from, f.to)
  );
}

function withinDates(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === undefined || !ISO_PREFIX.test(date)) return false;
  const compare = (bound: string) => {
    const n = Math.min(date.length, bound.length);
    return date.slice(0, n) < bound.slice(0, n) ? -1 : date.slice(0, n) > bound.slice(0, n) ? 1 : 0;
  };
  return (
    (from === undefined || (ISO_PREFIX.test(from) && compare(from) >= 0)) &&
    (to === undefined || (ISO_PREFIX.test(to) && compare(to) <= 0))
  );
}
