// /quote: one passage word for word, with its source, resolved footnotes and id; public unless asked to be private.
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { parsePassageId } from '../src/corpus/findPassage.js';
import { buttonRows } from '../src/render/buttons.js';
import { echo, notice } from '../src/render/notice.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import { searchPassages } from '../src/search/index.js';
import { citeButton } from './cite.js';
import type { Command } from './command.js';
import { contextButton } from './context.js';
import { flagOption, textOption } from './options.js';
import { lookUpPassage } from './lookup.js';
import { shareButton } from './share.js';
import { suggestPassages } from './suggest.js';

const INPUT = 'id-or-words';

export const quote: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quote',
    description: 'One passage, word for word, with its source',
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.String, name: INPUT, description: 'A passage id like document-id:3, or words from the passage', required: true, autocomplete: true, max_length: 300 },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see it (default: posted in the channel)' },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const input = textOption(options, INPUT);
    const { corpus } = ctx.index;
    let found;
    let preface: string | undefined;
    let highlights: [number, number][] = [];
    if (input === '' || parsePassageId(input) !== undefined) {
      found = lookUpPassage(corpus, input);
    } else {
      const best = searchPassages(ctx.index, input, { limit: 1 });
      const hit = best.hits[0];
      if (!hit) return { reply: notice(`No passage matches ${echo(input)}. /search shows what partial matches there are.`) };
      found = { passage: hit.passage };
      highlights = hit.highlights;
      preface = best.total > 1 ? `*Best of ${best.total} matches for ${echo(input, 60)}; /search lists them all.*` : undefined;
    }
    if ('reply' in found) return found;
    const { passage } = found;
    const ephemeral = flagOption(options, 'private') === true;
    return {
      reply: {
        ephemeral,
        embeds: passageEmbeds(corpus, [{ passage, options: { stamp: ctx.stamp, withNotes: true, highlights, preface } }]),
        components: buttonRows([[...(ephemeral && ctx.publicAllowed ? [shareButton(passage.id)] : []), contextButton(passage.id), citeButton(passage.id)]]),
      },
    };
  },

  autocomplete: (focused, ctx) => suggestPassages(ctx.index, focused.value),

  example: (corpus) => `/quote id-or-words:${corpus.passages[0]?.id ?? 'document-id:1'}`,
};
