// Narrowing by what documents and passages state about themselves, read the way people type it: a surname, part of a
// title, a type's first letters. A value that names nothing, or several things equally, is reported, never guessed.
import { isIsoDatePrefix } from '../corpus/isoDate.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { closeValues, NAMED_FILTERS, readValue, type FilterValue, type NamedFilter } from './filterValues.js';

/** Each filter as typed; blank values count as unset. See `resolveFilters` for how names are read. */
export interface SearchFilters {
  /** A document id, its title, or part of its title or id. */
  document?: string;
  /** A speaker's name, a surname, or a fuller name than the corpus records (`Massoud Rajavi` → Rajavi). */
  speaker?: string;
  /** The document's author, as stated or by part of the name, like `speaker`. */
  author?: string;
  /** Document type (`transcript`, `article`…) or its beginning. */
  type?: string;
  /** Earliest date, an ISO prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  /** Latest date, an ISO prefix like `from`. */
  to?: string;
}

/** How a named filter was read: the values it selects, and whether the typed value equals them or names them in part. */
export interface FilterReading {
  filter: NamedFilter;
  /** As typed, trimmed. */
  value: string;
  exact: boolean;
  /** One value when read in part; when exact, one or more (names equal once folded, documents sharing a title). */
  matched: FilterValue[];
}

/**
 * Why a filter selects nothing (`value` as typed, trimmed): it names nothing, with `suggestions` (up to 5 close
 * values, or else the first known ones); it names several things in part and none exactly, with every one of them as
 * `candidates`; or it is a date filter not in ISO prefix form.
 */
export type FilterProblem =
  | { filter: NamedFilter; value: string; kind: 'none'; suggestions: FilterValue[] }
  | { filter: NamedFilter; value: string; kind: 'ambiguous'; candidates: FilterValue[] }
  | { filter: 'from' | 'to'; value: string; kind: 'malformed' };

export interface FilterResolution {
  /** One per named filter given, in NAMED_FILTERS order; only filters without a problem. */
  readings: FilterReading[];
  /** Empty when every filter selects something. Named filters first, then dates. */
  problems: FilterProblem[];
  /** Date bounds as given (trimmed), when well formed. */
  from?: string;
  to?: string;
}

/**
 * Reads each filter against the corpus. A value equal to a name (ignoring case, accents, quote and dash styles) selects
 * that name only, even when it is also part of others (`Iraqi`, not `Iraqi consultant`); a document id outranks a
 * title. Otherwise a value naming exactly one thing in part selects it. A value naming several things in part and
 * none exactly is ambiguous: it selects nothing and its candidates are listed for the user to choose from, since
 * someone filtering by `author:Rajavi` when two authors share the surname means one of them, not both. Never throws.
 */
export function resolveFilters(corpus: Corpus, filters: SearchFilters | undefined): FilterResolution {
  const given = givenFilters(filters);
  const resolution: FilterResolution = { readings: [], problems: [] };
  for (const filter of NAMED_FILTERS) {
    const value = given[filter];
    if (value === undefined) continue;
    const { exact, partial } = readValue(corpus, filter, value);
    if (exact.length > 0) resolution.readings.push({ filter, value, exact: true, matched: exact });
    else if (partial.length === 1) resolution.readings.push({ filter, value, exact: false, matched: partial });
    else if (partial.length > 1) resolution.problems.push({ filter, value, kind: 'ambiguous', candidates: partial });
    else resolution.problems.push({ filter, value, kind: 'none', suggestions: closeValues(corpus, filter, value) });
  }
  for (const filter of ['from', 'to'] as const) {
    const value = given[filter];
    if (value === undefined) continue;
    if (isIsoDatePrefix(value)) resolution[filter] = value;
    else resolution.problems.push({ filter, value, kind: 'malformed' });
  }
  return resolution;
}

/**
 * A test for passages, or null when no filter is set (blank values count as unset). Filters are read as
 * `resolveFilters` reads them; one with a problem matches no passage. With a date filter, documents whose date is
 * missing or not ISO are left out; dates compare on their common ISO prefix, so a document dated only `2005` falls
 * within `from: '2005-06'`.
 */
export function passageFilter(corpus: Corpus, filters: SearchFilters | undefined): ((p: Passage) => boolean) | null {
  if (Object.keys(givenFilters(filters)).length === 0) return null;
  const { readings, problems, from, to } = resolveFilters(corpus, filters);
  if (problems.length > 0) return () => false;
  const selected = (filter: NamedFilter) => {
    const reading = readings.find((r) => r.filter === filter);
    return reading && new Set(reading.matched.map((m) => m.value));
  };
  const [ids, authors, types, speakers] = (['document', 'author', 'type', 'speaker'] as const).map(selected);
  const documents = new Set(
    corpus.documents
      .filter(
        (d) =>
          (!ids || ids.has(d.id)) &&
          (!authors || (d.author !== undefined && authors.has(d.author))) &&
          (!types || types.has(d.type)) &&
          withinDates(d.date, from, to),
      )
      .map((d) => d.id),
  );
  return (passage) => documents.has(passage.document) && (!speakers || speakers.has(passage.location.speaker ?? ''));
}

/** Every filter a search takes, in the order they are listed and carried. */
export const SEARCH_FILTERS = [...NAMED_FILTERS, 'from', 'to'] as const;

/** The filters with a non-blank string value, trimmed; whatever else arrives is ignored. */
function givenFilters(filters: SearchFilters | undefined): SearchFilters {
  const given: SearchFilters = {};
  for (const filter of SEARCH_FILTERS) {
    const value: unknown = filters?.[filter];
    if (typeof value === 'string' && value.trim() !== '') given[filter] = value.trim();
  }
  return given;
}

function withinDates(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === undefined || !isIsoDatePrefix(date)) return false;
  const compare = (bound: string) => {
    const n = Math.min(date.length, bound.length);
    return date.slice(0, n) < bound.slice(0, n) ? -1 : date.slice(0, n) > bound.slice(0, n) ? 1 : 0;
  };
  return (from === undefined || compare(from) >= 0) && (to === undefined || compare(to) <= 0);
}

/**
 * Whether the filters, each naming something, together leave no passage (`--speaker Rajavi --document diplomacy`,
 * `--from 2006 --to 2005`): then an empty result is the filters' doing, not the query's.
 */
export function filtersExcludeAll(corpus: Corpus, filters: SearchFilters | undefined): boolean {
  const keep = passageFilter(corpus, filters);
  return keep !== null && !corpus.passages.some(keep);
}

/** Whether the filters given are a date range and nothing else (`from` not after `to`), so that a search they empty
 * is one no document's date falls within, rather than filters at odds with each other. */
export function dateRangeOnly(filters: SearchFilters | undefined): boolean {
  const given = Object.entries(filters ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  const { from, to } = filters ?? {};
  const ordered = from === undefined || to === undefined || from.trim() <= to.trim();
  return given.length > 0 && ordered && given.every(([name]) => name === 'from' || name === 'to');
}

/** Why no passage is within the dates: the filters read documents' dates, not those of statements they quote. */
export const NO_DOCUMENT_DATED =
  'no document is dated within these dates (the date filters read the date each document states, not the dates of statements it quotes)';
