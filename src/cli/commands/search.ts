// `search "<query>"` and `search --batch`: ranked passages with highlights and sources, for people and for scripts.
import {
  filtersExcludeAll,
  NO_DOCUMENT_DATED,
  dateRangeOnly,
  SEARCH_FILTERS,
  resolveFilters,
  searchPassages,
  type FilterProblem,
  type FilterReading,
  type FilterValue,
  type SearchFilters,
} from '../../search/index.js';
import type { SearchIndex } from '../../search/index.js';
import type { CliCommand, CliIo } from '../cliCommand.js';
import { findPassage, parsePassageId } from '../../corpus/findPassage.js';
import { matchReason } from '../../render/matchReason.js';
import { renamedLine } from '../../render/renamedLine.js';
import { describePassage, formatPassage } from '../formatPassage.js';
import { readCount } from '../readCount.js';
import { UsageError } from '../usageError.js';

/** Candidates or suggestions named in a filter's one-line message. */
const LISTED = 10;

export const searchCommand: CliCommand = {
  name: 'search',
  usage:
    'search "<query>" [--document D] [--speaker S] [--author A] [--type T] [--from DATE] [--to DATE] [--limit N] [--json] | search --batch < queries.txt',
  options: {
    ...Object.fromEntries(SEARCH_FILTERS.map((name) => [name, { type: 'string' as const }])),
    limit: { type: 'string' },
    batch: { type: 'boolean' },
  },
  async run({ positionals, values }, { corpus, io, searchIndex }) {
    const filters: SearchFilters = {};
    for (const name of SEARCH_FILTERS) {
      const value = values[name];
      if (typeof value === 'string') filters[name] = value;
    }
    const limit = readCount(values.limit, 'limit', 1, 100, 10);
    const { readings, problems } = resolveFilters(corpus, filters);
    if (problems.length > 0) throw new UsageError(problems.map(problemText).join('; '));
    if (filtersExcludeAll(corpus, filters)) {
      throw new UsageError(
        dateRangeOnly(filters)
          ? NO_DOCUMENT_DATED
          : `no passage is within all of these filters at once${readingNote(readings)}; leave one out`,
      );
    }
    const index = await searchIndex();
    if (values.batch) {
      if (positionals.length > 0) throw new UsageError('--batch reads queries from standard input, one per line; give no query argument');
      const lines = (await io.readInput()).split(/\r?\n/u);
      if (lines[lines.length - 1] === '') lines.pop();
      for (const query of lines) io.write(`${JSON.stringify(searchJson(index, query, filters, limit))}\n`);
      return;
    }
    if (positionals.length === 0) throw new UsageError('search needs a query, e.g. search "Camp Ashraf"');
    const query = positionals.join(' ');
    if (values.json) io.write(`${JSON.stringify(searchJson(index, query, filters, limit))}\n`);
    else writeHuman(io, index, query, filters, limit, readings);
  },
};

function searchJson(index: SearchIndex, query: string, filters: SearchFilters, limit: number) {
  const { hits, total } = searchPassages(index, query, { filters, limit });
  return {
    query,
    total,
    results: hits.map((hit) => {
      const { id, document, text, location, notes, source } = describePassage(index.corpus, hit.passage);
      const why = {
        matchedIn: hit.fields,
        ...(hit.continues ? { continues: hit.continues } : {}),
        ...(hit.notes ? { noteHighlights: hit.notes } : {}),
      };
      return { id, document, text, score: hit.score, highlights: hit.highlights, ...why, location, ...(notes ? { notes } : {}), source };
    }),
  };
}

/** Why a filter selects nothing, in a clause naming the option as typed and what to type instead. */
function problemText(problem: FilterProblem): string {
  const given = `--${problem.filter} ${JSON.stringify(problem.value.slice(0, 100))}`;
  if (problem.kind === 'malformed') return `${given}: --${problem.filter} takes a date like 2005, 2005-08 or 2005-08-23`;
  const list = (values: FilterValue[]) =>
    values
      .slice(0, LISTED)
      .map((v) => v.value)
      .join(', ') + (values.length > LISTED ? ` and ${values.length - LISTED} more` : '');
  if (problem.kind === 'ambiguous')
    return `${given} matches ${problem.candidates.length} ${problem.filter}s: ${list(problem.candidates)}; give one of them`;
  return `${given} matches no ${problem.filter}; try: ${list(problem.suggestions)}`;
}

/** How filters given in part were read, e.g. ` (--speaker "Massoud Rajavi" read as Rajavi)`; '' when all were exact. */
function readingNote(readings: FilterReading[]): string {
  const partial = readings
    .filter((r) => !r.exact)
    .map((r) => `--${r.filter} ${JSON.stringify(r.value.slice(0, 100))} read as ${r.matched.map((m) => m.name).join(', ')}`);
  return partial.length > 0 ? ` (${partial.join('; ')})` : '';
}

function writeHuman(io: CliIo, index: SearchIndex, query: string, filters: SearchFilters, limit: number, readings: FilterReading[]): void {
  const { hits, total } = searchPassages(index, query, { filters, limit });
  const id = parsePassageId(query);
  const named = findPassage(index.corpus, query);
  if (id !== undefined && !named) io.write(`There is no passage ${id}; these passages match its words.\n\n`);
  const renamed = named && renamedLine(named);
  if (renamed) io.write(`${renamed}\n\n`);
  if (hits.length === 0) {
    io.write(`No passage matches ${JSON.stringify(query.slice(0, 200))}${readingNote(readings)}.\n`);
    return;
  }
  for (const hit of hits) {
    const text = io.isTerminal ? bold(hit.passage.text, hit.highlights) : hit.passage.text;
    const reason = matchReason(hit);
    // The passage's notes are listed with it; a terminal also gets the matched ones again, their words in bold.
    const notes = io.isTerminal
      ? (hit.notes ?? []).map(({ note, highlights }) => `\n  note ${bold(hit.passage.notes?.[note] ?? '', highlights)}`)
      : [];
    io.write(`${formatPassage(index.corpus, hit.passage, text)}${reason ? `\n  (${reason})` : ''}${notes.join('')}\n\n`);
  }
  io.write(`${hits.length} of ${total} matching passages${readingNote(readings)}\n`);
}

function bold(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}\u001b[1m${text.slice(start, end)}\u001b[22m`;
    at = end;
  }
  return out + text.slice(at);
}
