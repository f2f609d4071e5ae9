// /search: private results a page at a time, matched words in bold, each with Share and Context; Previous/Next to page.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { findPassage, parsePassageId } from '../src/corpus/findPassage.js';
import { PAGE_PREFIX, pageCustomIds, readPageCustomId, type PagedSearch } from '../src/bot/pageCustomId.js';
import type { SavedSearch } from '../src/bot/resultsStore.js';
import { readSearchLine, searchLine } from '../src/bot/searchLine.js';
import { buttonRows, pagingButtons } from '../src/render/buttons.js';
import { count } from '../src/render/count.js';
import { DISCORD_LIMITS } from '../src/render/discordLimits.js';
import { escapeMarkdown } from '../src/render/escapeMarkdown.js';
import { fitText } from '../src/render/fitText.js';
import { echo, notice } from '../src/render/notice.js';
import { matchReason } from '../src/render/matchReason.js';
import { matchedNoteLines } from '../src/render/matchedNotes.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import {
  NAMED_FILTERS,
  SEARCH_FILTERS,
  filtersExcludeAll,
  NO_DOCUMENT_DATED,
  dateRangeOnly,
  resolveFilters,
  searchPassages,
  type FilterProblem,
  type FilterValue,
  type NamedFilter,
  type SearchFilters,
  type SearchHit,
} from '../src/search/index.js';
import type { Answer, Command, CommandContext } from './command.js';
import { contextButton } from './context.js';
import { answerFound } from './lookup.js';
import { countOption, textOption } from './options.js';
import { shareButton } from './share.js';
import { suggestPassages, suggestValues } from './suggest.js';

/** Results per page: each takes an embed and a row of buttons, and all share one message's 6,000 characters. */
export const MAX_PER_PAGE = 4;
const DEFAULT_PER_PAGE = 3;
/** Candidates or suggestions listed per filter; the option's own suggestions show the rest. */
const LISTED = 5;
const EXPIRED = 'These results have expired — run /search again.';
const ELSEWHERE =
  'This page was served by another Verbatim process, which alone kept its search (too long for these buttons) — run /search again.';

/** How a reply's Previous/Next name their pages, and the line that carries a search too long for a custom_id. */
interface Paging {
  idOf: (page: number) => string;
  line?: string;
}

interface Page {
  hits: Pick<SearchHit, 'passage' | 'highlights' | 'fields' | 'continues' | 'named'>[];
  total: number;
  page: number;
  perPage: number;
}

function pageAnswer(
  { query, filters }: Pick<SavedSearch, 'query' | 'filters'>,
  paging: Paging | undefined,
  { hits, total, page, perPage }: Page,
  context: CommandContext,
  replaces = false,
): Answer {
  const pages = Math.ceil(total / perPage);
  const first = (page - 1) * perPage;
  const readings = describeFilters(context, filters)
    .flatMap(({ text, inPart }) => (inPart ? [` · ${text}`] : []))
    .join('');
  const summary = `${unknownId(context, query)}${count(total, 'passage')} for ${echo(query)}${readings}${pages > 1 ? ` · page ${page} of ${pages}` : ''}`;
  // Never cut: a line that did not fit would be misread, so it is left out and a click elsewhere says why it cannot page.
  const carried = paging?.line === undefined ? summary : `${summary}\n${paging.line}`;
  return {
    replaces,
    reply: {
      ephemeral: true,
      content: carried.length <= DISCORD_LIMITS.content ? carried : summary,
      embeds: passageEmbeds(
        context.index.corpus,
        hits.map((hit, i) => {
          const reason = matchReason(hit);
          const lines = [...(reason === undefined ? [] : [`*${escapeMarkdown(reason)}*`]), ...matchedNoteLines(hit)];
          const preface = lines.length === 0 ? {} : { preface: lines.join('\n') };
          return {
            passage: hit.passage,
            options: { highlights: hit.highlights, label: `Result ${first + i + 1} of ${total}`, ...preface },
          };
        }),
      ),
      components: buttonRows([
        ...hits.map(({ passage }, i) => [
          ...(context.publicAllowed ? [shareButton(passage, `Share ${first + i + 1}`)] : []),
          contextButton(passage, `Context ${first + i + 1}`),
        ]),
        paging === undefined ? [] : pagingButtons(page, pages, paging.idOf),
      ]),
    },
  };
}

/** Each filter given, as typed, with what it was read as when it named something in part. */
/** A line saying that a query shaped like a passage id names no passage, so its words were searched instead. */
function unknownId(context: CommandContext, query: string): string {
  const id = parsePassageId(query);
  return id === undefined || findPassage(context.index.corpus, id)
    ? ''
    : `There is no passage \`${id}\`; these passages match its words.\n`;
}

function describeFilters(context: CommandContext, filters: SearchFilters): { text: string; inPart: boolean }[] {
  const { readings } = resolveFilters(context.index.corpus, filters);
  return SEARCH_FILTERS.flatMap((name) => {
    const value = filters[name];
    if (value === undefined) return [];
    const reading = readings.find((r) => r.filter === name && !r.exact);
    const read = reading ? ` read as ${reading.matched.map((m) => shownValue(reading.filter, m)).join(', ')}` : '';
    return [{ text: `${name} ${echo(value, 40)}${read}`, inPart: reading !== undefined }];
  });
}

/** A corpus value as the user should see it: a document by its title and the id to type, a name as spelled. */
function shownValue(filter: NamedFilter, { value, name }: FilterValue): string {
  const shown = fitText(name, 60, escapeMarkdown).text;
  return filter === 'document' ? `${shown} (\`${value}\`)` : shown;
}

/** Why the search was not run: the filter (not the query) matched nothing, several things, or is no date. */
function problemText(problem: FilterProblem): string {
  const given = `The filter ${problem.filter} ${echo(problem.value, 40)}`;
  if (problem.kind === 'malformed') return `${given} is not a date: use a year, month or day like 2005, 2005-08 or 2005-08-23.`;
  const list = (values: FilterValue[]) =>
    values
      .slice(0, LISTED)
      .map((v) => shownValue(problem.filter, v))
      .join('; ') + (values.length > LISTED ? `; and ${values.length - LISTED} more` : '');
  if (problem.kind === 'ambiguous') {
    return `${given} matches ${count(problem.candidates.length, problem.filter)}: ${list(problem.candidates)}. Which one? Type more of it, or pick one from the option's suggestions.`;
  }
  return `${given} matches no ${problem.filter} in the corpus, so nothing was searched. Try: ${list(problem.suggestions)}.`;
}

/**
 * Paging buttons carry the whole search, so any process can answer them; a search too long for a custom_id is kept in
 * this process under a short key, and written in the reply for a click that reaches another process.
 */
function paging(saved: SavedSearch, { total, perPage }: Page, ctx: CommandContext): Paging {
  const carried = pageCustomIds({ ...saved, stamp: ctx.stamp }, Math.ceil(total / perPage));
  return carried ? { idOf: carried } : keptPaging(saved, ctx.results.save(saved), ctx);
}

function keptPaging(saved: SavedSearch, key: string, ctx: CommandContext): Paging {
  return { idOf: (target) => `page:${key}:${target}`, line: searchLine({ ...saved, stamp: ctx.stamp }) };
}

/** Page `asked` of a search a click carried (in its custom_id or its message), run again in this process. */
function runAgain({ stamp, ...search }: PagedSearch, asked: number, ctx: CommandContext): Answer {
  // A stamp of another corpus: its pages would be of different results.
  if (stamp !== ctx.stamp) return { reply: notice(EXPIRED) };
  const saved: SavedSearch = { ...search, fingerprint: ctx.index.fingerprint };
  const page = turnPage(saved, Math.max(1, asked), ctx);
  return pageAnswer(saved, paging(saved, page, ctx), page, ctx, true);
}

/** The page asked for, or the last one when the results have fewer pages than that. */
function turnPage(search: SavedSearch, asked: number, ctx: CommandContext): Page {
  const result = runSearch(search, asked, ctx);
  const last = Math.max(1, Math.ceil(result.total / search.perPage));
  return asked > last ? runSearch(search, last, ctx) : result;
}

function runSearch(search: SavedSearch, page: number, context: CommandContext): Page {
  const result = searchPassages(context.index, search.query, {
    filters: search.filters,
    limit: search.perPage,
    offset: (page - 1) * search.perPage,
  });
  return { hits: result.hits, total: result.total, page, perPage: search.perPage };
}

export const search: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'search',
    description: 'Find passages by their words (only you see the results)',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        description: 'Words to find: "an exact phrase", prefix*, -left-out',
        required: true,
        autocomplete: true,
        max_length: 300,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'document',
        description: 'Only this document',
        autocomplete: true,
        max_length: 200,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'speaker',
        description: 'Only what this speaker says',
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'author',
        description: 'Only documents by this author (a surname will do)',
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'type',
        description: 'Only documents of this type: transcript, article, essay, news…',
        autocomplete: true,
        max_length: 50,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'from',
        description: 'Only documents dated from then on: 2005, 2005-08 or 2005-08-23',
        max_length: 30,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'to',
        description: 'Only documents dated up to then: 2005, 2005-08 or 2005-08-23',
        max_length: 30,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        description: `Results per page (1-${MAX_PER_PAGE}, default ${DEFAULT_PER_PAGE})`,
        min_value: 1,
        max_value: MAX_PER_PAGE,
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const query = textOption(options, 'query');
    if (query === '') return { reply: notice('Type some words to search for, e.g. `/search query:proverb`.') };
    const perPage = countOption(options, 'limit', { min: 1, max: MAX_PER_PAGE, fallback: DEFAULT_PER_PAGE });
    // Picking a passage from the query's suggestions puts its id in the query.
    const chosen = findPassage(ctx.index.corpus, query);
    if (chosen)
      return answerFound(chosen, (passage) =>
        pageAnswer({ query, filters: {} }, undefined, { hits: [{ passage, highlights: [], fields: [] }], total: 1, page: 1, perPage }, ctx),
      );
    const filters: SearchFilters = {};
    for (const name of SEARCH_FILTERS) {
      const value = textOption(options, name, 200);
      if (value !== '') filters[name] = value;
    }
    const { problems } = resolveFilters(ctx.index.corpus, filters);
    if (problems.length > 0) return { reply: notice(problems.map(problemText).join('\n')) };
    const saved: SavedSearch = { query, filters, perPage, fingerprint: ctx.index.fingerprint };
    const first = runSearch(saved, 1, ctx);
    if (first.total === 0) {
      const narrowed = describeFilters(ctx, filters).map(({ text }) => text);
      if (filtersExcludeAll(ctx.index.corpus, filters) && dateRangeOnly(filters)) {
        return {
          reply: notice(
            `${NO_DOCUMENT_DATED.charAt(0).toUpperCase()}${NO_DOCUMENT_DATED.slice(1)}: ${narrowed.join(', ')}. See /sources for each document's date.`,
          ),
        };
      }
      if (filtersExcludeAll(ctx.index.corpus, filters)) {
        return {
          reply: notice(
            `No passage is within all of these filters at once: ${narrowed.join(', ')}. Nothing was searched; leave one out, or see /sources for what each document states.`,
          ),
        };
      }
      const within = narrowed.length > 0 ? ` with ${narrowed.join(', ')}` : '';
      return {
        reply: notice(
          `No passage matches ${echo(query)}${within}. Try fewer words, a prefix like \`negotiat*\`, or /sources to see what the corpus holds.`,
        ),
      };
    }
    return pageAnswer(saved, paging(saved, first, ctx), first, ctx);
  },

  autocomplete(focused, ctx) {
    const filter = NAMED_FILTERS.find((name) => name === focused.name);
    return filter ? suggestValues(ctx.index.corpus, filter, focused.value) : suggestPassages(ctx.index, focused.value);
  },

  example(corpus) {
    const passage = corpus.passages.find((p) => p.location.speaker) ?? corpus.passages[0];
    const word = (passage?.text.match(/\p{L}{4,}/gu) ?? ['word']).reduce((a, b) => (b.length > a.length ? b : a));
    const speaker = passage?.location.speaker;
    return `/search query:${word}${speaker ? ` speaker:${speaker}` : ''}`;
  },

  buttons: {
    [PAGE_PREFIX](args, ctx) {
      const read = readPageCustomId(args);
      return read ? runAgain(read.search, read.page, ctx) : { reply: notice(EXPIRED) };
    },
    // A search kept under a key: from this process's store, else re-run from the line its message carries.
    page(args, ctx, message) {
      const [, key = '', asked = '1'] = /^([^:]+):(-?\d+)$/u.exec(args) ?? [];
      const kept = ctx.results.get(key);
      if (kept) {
        if (kept.fingerprint !== ctx.index.fingerprint) return { reply: notice(EXPIRED) };
        return pageAnswer(kept, keptPaging(kept, key, ctx), turnPage(kept, Math.max(1, Number(asked)), ctx), ctx, true);
      }
      const carried = readSearchLine(message?.content ?? '');
      return carried ? runAgain(carried, Number(asked), ctx) : { reply: notice(ELSEWHERE) };
    },
  },
};
