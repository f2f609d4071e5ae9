// The search module's public surface: build or load an index and search it.
export { buildSearchIndex, type SearchIndex } from './build.js';
export { resolveFilters, type FilterProblem, type FilterReading, type FilterResolution, type SearchFilters } from './filters.js';
export { filterValues, NAMED_FILTERS, type FilterValue, type NamedFilter } from './filterValues.js';
export { SEARCH_FIELDS, type SearchField } from './fields.js';
export { corpusFingerprint, INDEX_FORMAT } from './fingerprint.js';
export type { Range } from './phrase.js';
export { label } from './text.js';
export { parseQuery, type ParsedQuery, type QueryPhrase, type QueryWord } from './query.js';
export {
  searchPassages,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from './search.js';
export { loadIndex, serializeIndex, type SerializedIndex } from './serialize.js';
