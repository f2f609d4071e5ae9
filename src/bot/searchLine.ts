// A search too long for its paging buttons' custom_ids, written whole in a labelled line of the reply, so whichever
// process receives a click can read it back exactly from the message the button sits on.
import { escapeMarkdown } from '../render/escapeMarkdown.js';
import { SEARCH_FILTERS, type SearchFilters } from '../search/index.js';
import type { PagedSearch } from './pageCustomId.js';

// Escaping makes every `"` and `\` of a value an escaped one, so an unescaped `"` can only delimit a value; Discord
// drops a backslash before ASCII punctuation, so the line shows each value as typed.
const quoted = (value: string) => `"${escapeMarkdown(value).replace(/"/gu, '\\"')}"`;
const unquoted = (value: string) => value.slice(1, -1).replace(/\\(.)/gsu, '$1');
const VALUE = String.raw`"(?:\\.|[^\\"])*"`;
const LINE = new RegExp(
  String.raw`(?:^|\n)-# Searched for (${VALUE})((?: · [a-z]+ ${VALUE})*) · ([1-9]) a page · corpus ([0-9a-f]{8})$`,
  'su',
);
const FILTER = new RegExp(String.raw` · ([a-z]+) (${VALUE})`, 'gsu');

/** The line, in Discord's small grey text, to end the reply's content with. */
export function searchLine({ query, filters, perPage, stamp }: PagedSearch): string {
  const given = SEARCH_FILTERS.flatMap((name) => (filters[name] === undefined ? [] : [` · ${name} ${quoted(filters[name])}`]));
  return `-# Searched for ${quoted(query)}${given.join('')} · ${perPage} a page · corpus ${stamp}`;
}

/** The search a message's content ends with, as searchLine wrote it; undefined when it has none. */
export function readSearchLine(content: string): PagedSearch | undefined {
  const [, query, given = '', perPage, stamp] = LINE.exec(content) ?? [];
  if (query === undefined) return undefined;
  const filters: SearchFilters = {};
  for (const [, name, value] of given.matchAll(FILTER)) {
    const filter = SEARCH_FILTERS.find((known) => known === name);
    if (!filter || filters[filter] !== undefined) return undefined;
    filters[filter] = unquoted(value!);
  }
  return { query: unquoted(query), filters, perPage: Number(perPage), stamp: stamp! };
}
