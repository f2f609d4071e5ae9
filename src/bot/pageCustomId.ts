// A search's query, filters, page size and corpus stamp carried in its Previous/Next custom_ids, so that whichever
// process receives the click (another HTTP replica, a restarted shard) can turn the page with nothing kept in memory.
import { SEARCH_FILTERS, type SearchFilters } from '../search/index.js';

/** What a paging button must carry to run the same search again. `stamp` is the corpus's short version (8 hex). */
export interface PagedSearch {
  query: string;
  filters: SearchFilters;
  perPage: number;
  stamp: string;
}

/** The custom_id prefix of self-contained paging buttons (the text before the first `:`). */
export const PAGE_PREFIX = 'pg';
/** Discord's limit on a custom_id, in characters (API reference, Message Components → Custom ID). */
const CUSTOM_ID_MAX = 100;
const SHAPE = /^(\d{1,6}):([1-9]):([0-9a-f]{8}):(.*)$/su;

// `|` separates the values, so it and the escape character itself are escaped.
const escape = (value: string) => value.replace(/%/gu, '%25').replace(/\|/gu, '%7C');
const unescape = (value: string) => value.replace(/%7C/gu, '|').replace(/%25/gu, '%');

function customId({ query, filters, perPage, stamp }: PagedSearch, page: number): string {
  const values = [query, ...SEARCH_FILTERS.map((name) => filters[name] ?? '')];
  while (values.length > 1 && values.at(-1) === '') values.pop();
  return `${PAGE_PREFIX}:${page}:${perPage}:${stamp}:${values.map(escape).join('|')}`;
}

/**
 * The custom_id of the button for page `page` (0 and `lastPage + 1` included, for disabled buttons), or undefined when
 * the search is too long for Discord's 100 characters: the caller then keeps it in memory under a short key.
 */
export function pageCustomIds(search: PagedSearch, lastPage: number): ((page: number) => string) | undefined {
  return customId(search, lastPage + 1).length <= CUSTOM_ID_MAX ? (page) => customId(search, page) : undefined;
}

/** The search and page a button's custom_id (after `pg:`) carries; undefined when it is not one this module wrote. */
export function readPageCustomId(args: string): { search: PagedSearch; page: number } | undefined {
  const [, page, perPage, stamp, rest] = SHAPE.exec(args) ?? [];
  if (rest === undefined) return undefined;
  const [query = '', ...values] = rest.split('|').map(unescape);
  if (values.length > SEARCH_FILTERS.length) return undefined;
  const filters: SearchFilters = Object.fromEntries(values.flatMap((value, i) => (value === '' ? [] : [[SEARCH_FILTERS[i]!, value]])));
  return { search: { query, filters, perPage: Number(perPage), stamp: stamp! }, page: Number(page) };
}
