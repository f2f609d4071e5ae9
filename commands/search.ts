// /search: private results a page at a time, matched words in bold, each with Share and Context; Previous/Next to page.
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { parsePassageId } from '../src/corpus/findPassage.js';
import type { SavedSearch } from '../src/discord/resultsStore.js';
import { buttonRows, pagingButtons } from '../src/render/buttons.js';
import { count } from '../src/render/count.js';
import { echo, notice } from '../src/render/notice.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import { searchPassages, type SearchFilters, type SearchHit } from '../src/search/index.js';
import type { Answer, Command, CommandContext } from './command.js';
import { contextButton } from './context.js';
import { countOption, textOption } from './options.js';
import { shareButton } from './share.js';
import { suggestDocuments, suggestPassages, suggestSpeakers } from './suggest.js';

/** Results per page: each takes an embed and a row of buttons, and all share one message's 6,000 characters. */
export const MAX_PER_PAGE = 4;
const DEFAULT_PER_PAGE = 3;
const FILTERS = ['document', 'speaker', 'author', 'type'] as const;
const EXPIRED = 'These results have expired — run /search again.';

interface Page {
  hits: Pick<SearchHit, 'passage' | 'highlights'>[];
  total: number;
  page: number;
  perPage: number;
}

function pageAnswer(query: string, key: string | undefined, { hits, total, page, perPage }: Page, context: CommandContext, replaces = false): Answer {
  const pages = Math.ceil(total / perPage);
  const first = (page - 1) * perPage;
  return {
    replaces,
    reply: {
      ephemeral: true,
      content: `${count(total, 'passage')} for ${echo(query)}${pages > 1 ? ` · page ${page} of ${pages}` : ''}`,
      embeds: passageEmbeds(
        context.index.corpus,
        hits.map(({ passage, highlights }, i) => ({ passage, options: { highlights, label: `Result ${first + i + 1} of ${total}` } })),
      ),
      components: buttonRows([
        ...hits.map(({ passage }, i) => [
          ...(context.publicAllowed ? [shareButton(passage.id, `Share ${first + i + 1}`)] : []),
          contextButton(passage.id, `Context ${first + i + 1}`),
        ]),
        key === undefined ? [] : pagingButtons(page, pages, (target) => `page:${key}:${target}`),
      ]),
    },
  };
}

function runSearch(search: SavedSearch, page: number, context: CommandContext): Page {
  const result = searchPassages(context.index, search.query, { filters: search.filters, limit: search.perPage, offset: (page - 1) * search.perPage });
  return { hits: result.hits, total: result.total, page, perPage: search.perPage };
}

export const search: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'search',
    description: 'Find passages by their words (only you see the results)',
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.String, name: 'query', description: 'Words to find: "an exact phrase", prefix*, -left-out', required: true, autocomplete: true, max_length: 300 },
      { type: ApplicationCommandOptionType.String, name: 'document', description: 'Only this document', autocomplete: true, max_length: 200 },
      { type: ApplicationCommandOptionType.String, name: 'speaker', description: 'Only what this speaker says', autocomplete: true, max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'author', description: 'Only documents by this author', max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'type', description: 'Only documents of this type: transcript, article, essay, news…', max_length: 50 },
      { type: ApplicationCommandOptionType.Integer, name: 'limit', description: `Results per page (1-${MAX_PER_PAGE}, default ${DEFAULT_PER_PAGE})`, min_value: 1, max_value: MAX_PER_PAGE },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const query = textOption(options, 'query');
    if (query === '') return { reply: notice('Type some words to search for, e.g. `/search query:proverb`.') };
    const perPage = countOption(options, 'limit', { min: 1, max: MAX_PER_PAGE, fallback: DEFAULT_PER_PAGE });
    // Picking a passage from the query's suggestions puts its id in the query.
    const chosen = ctx.index.corpus.passageById.get(parsePassageId(query) ?? '');
    if (chosen) return pageAnswer(query, undefined, { hits: [{ passage: chosen, highlights: [] }], total: 1, page: 1, perPage }, ctx);
    const filters: SearchFilters = Object.fromEntries(FILTERS.map((name) => [name, textOption(options, name, 200)]).filter(([, value]) => value !== ''));
    const saved: SavedSearch = { query, filters, perPage, fingerprint: ctx.index.fingerprint };
    const first = runSearch(saved, 1, ctx);
    if (first.total === 0) {
      const narrowed = Object.keys(filters).length > 0 ? ` with ${Object.entries(filters).map(([name, value]) => `${name} ${echo(value, 40)}`).join(', ')}` : '';
      return { reply: notice(`No passage matches ${echo(query)}${narrowed}. Try fewer words, a prefix like \`negotiat*\`, or /sources to see what the corpus holds.`) };
    }
    return pageAnswer(query, ctx.results.save(saved), first, ctx);
  },

  autocomplete(focused, ctx) {
    if (focused.name === 'document') return suggestDocuments(ctx.index.corpus, focused.value);
    if (focused.name === 'speaker') return suggestSpeakers(ctx.index.corpus, focused.value);
    return suggestPassages(ctx.index, focused.value);
  },

  example(corpus) {
    const passage = corpus.passages.find((p) => p.location.speaker) ?? corpus.passages[0];
    const word = (passage?.text.match(/\p{L}{4,}/gu) ?? ['word']).reduce((a, b) => (b.length > a.length ? b : a));
    const speaker = passage?.location.speaker;
    return `/search query:${word}${speaker ? ` speaker:${speaker}` : ''}`;
  },

  buttons: {
    page(args, ctx) {
      const [, key = '', page = '1'] = /^([^:]+):(-?\d+)$/u.exec(args) ?? [];
      const saved = ctx.results.get(key);
      if (!saved || saved.fingerprint !== ctx.index.fingerprint) return { reply: notice(EXPIRED) };
      const asked = Math.max(1, Number(page));
      const result = runSearch(saved, asked, ctx);
      const last = Math.max(1, Math.ceil(result.total / saved.perPage));
      return pageAnswer(saved.query, key, asked > last ? runSearch(saved, last, ctx) : result, ctx, true);
    },
  },
};
