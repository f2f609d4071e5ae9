// /quote: one passage word for word, with its source, resolved footnotes and id; public unless asked to be private.
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { parsePassageId } from '../src/corpus/findPassage.js';
import { buttonRows } from '../src/render/buttons.js';
import { echo, notice } from '../src/render/notice.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import { searchPassages, type Range, type SearchIndex } from '../src/search/index.js';
import { isQuoteMark } from '../src/text/normalize.js';
import { citeButton } from './cite.js';
import type { Command } from './command.js';
import { contextButton } from './context.js';
import { flagOption, textOption } from './options.js';
import { answerFound, lookUpPassage, type Lookup } from './lookup.js';
import { shareButton } from './share.js';
import { suggestPassages } from './suggest.js';

const INPUT = 'id-or-words';

/**
 * The passage that best matches the words, with them in bold, saying so when it is one of several. Words typed
 * without quotation marks are first looked for as they stand, so a quotation of common words finds its passage.
 */
function bestMatch(index: SearchIndex, words: string): Lookup & { highlights?: Range[]; preface?: string } {
  const asPhrase = [...words].some(isQuoteMark) ? undefined : searchPassages(index, `"${words}"`, { limit: 1 });
  const result = asPhrase && asPhrase.total > 0 ? asPhrase : searchPassages(index, words, { limit: 1 });
  const [hit] = result.hits;
  if (!hit) return { reply: notice(`No passage matches ${echo(words)}. /search shows what partial matches there are.`) };
  const preface = result.total > 1 ? `*Best of ${result.total} matches for ${echo(words, 60)}; /search lists them all.*` : undefined;
  return { passage: hit.passage, highlights: hit.highlights, ...(preface ? { preface } : {}) };
}

export const quote: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quote',
    description: 'One passage, word for word, with its source',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      { type: ApplicationCommandOptionType.String, name: INPUT, description: 'A passage id like document-id:3, or words from the passage', required: true, autocomplete: true, max_length: 300 },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see it (default: posted in the channel)' },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const input = textOption(options, INPUT);
    const found = input === '' || parsePassageId(input) !== undefined ? lookUpPassage(ctx.index.corpus, input) : bestMatch(ctx.index, input);
    if ('reply' in found) return found;
    const { highlights, preface } = { highlights: [], preface: undefined, ...found };
    const ephemeral = flagOption(options, 'private') === true;
    return answerFound(found, (passage) => ({
      reply: {
        ephemeral,
        embeds: passageEmbeds(ctx.index.corpus, [{ passage, options: { stamp: ctx.stamp, withNotes: true, highlights, preface } }]),
        components: buttonRows([[...(ephemeral && ctx.publicAllowed ? [shareButton(passage)] : []), contextButton(passage), citeButton(passage)]]),
      },
    }));
  },

  autocomplete: (focused, ctx) => suggestPassages(ctx.index, focused.value),

  example: (corpus) => `/quote id-or-words:${corpus.passages[0]?.id ?? 'document-id:1'}`,
};
