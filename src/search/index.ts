// The search library's public surface, after lunr's and MiniSearch's: build, save, load and search an index of a
// corpus. The index is opaque; a saved one is a genuine serialized lunr.Index (see save.ts and lunrPipeline.ts).
export { buildIndex, type SearchIndex } from './build.js';
export { saveIndex } from './save.js';
export { indexFromParts, indexParts, type IndexParts } from './transfer.js';
export { loadIndex, type LoadResult } from './load.js';
export {
  searchPassages,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  type NoteMatch,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from './search.js';
export {
  SEARCH_FILTERS,
  filtersExcludeAll,
  NO_DOCUMENT_DATED,
  dateRangeOnly,
  resolveFilters,
  type FilterProblem,
  type FilterReading,
  type FilterResolution,
  type SearchFilters,
} from './filters.js';
export { filterValues, NAMED_FILTERS, type FilterValue, type NamedFilter } from './filterValues.js';
export { SEARCH_FIELDS, type SearchField } from './fields.js';
export { parseQuery, type ParsedQuery, type QueryPhrase, type QueryWord } from './query.js';
export { registerPipeline } from './lunrPipeline.js';
export { lunrQuery, type LunrClause, type LunrResult } from './lunrQuery.js';
export type { Range } from './phrase.js';
