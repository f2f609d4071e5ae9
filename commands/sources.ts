// /sources: the documents with their metadata and passage counts, a page at a time, or one document in full.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { buttonRows, pagingButtons } from '../src/render/buttons.js';
import { echo, notice } from '../src/render/notice.js';
import { documentEmbed, documentsPage, pageCount } from '../src/render/sourcesEmbed.js';
import type { Answer, Command, CommandContext } from './command.js';
import { findDocument } from './lookup.js';
import { textOption } from './options.js';
import { suggestValues } from './suggest.js';

function listAnswer(page: number, context: CommandContext, replaces = false): Answer {
  const { corpus } = context.index;
  const pages = pageCount(corpus);
  const shown = Math.min(pages, Math.max(1, page));
  return {
    replaces,
    reply: {
      ephemeral: true,
      embeds: [documentsPage(corpus, shown, context.stamp)],
      components: buttonRows([pagingButtons(shown, pages, (target) => `src:${target}`)]),
    },
  };
}

export const sources: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'sources',
    description: 'The documents Verbatim quotes, with what each states about itself (only you see it)',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'document',
        description: 'One document, by id or title',
        autocomplete: true,
        max_length: 200,
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const wanted = textOption(options, 'document', 200);
    if (wanted === '') return listAnswer(1, ctx);
    const document = findDocument(ctx.index.corpus, wanted);
    if (!document) return { reply: notice(`No document is called ${echo(wanted)}. /sources without a document lists them all.`) };
    return { reply: { ephemeral: true, embeds: [documentEmbed(document, ctx.stamp)] } };
  },

  autocomplete: (focused, ctx) => suggestValues(ctx.index.corpus, 'document', focused.value),

  example: (corpus) => `/sources document:${corpus.documents[0]?.id ?? 'document-id'}`,

  buttons: {
    src: (page, ctx) => listAnswer(Number.parseInt(page, 10) || 1, ctx, true),
  },
};
